"""Core layer: typed identifiers."""

from typing import NewType

UserId = NewType("UserId", int)
AuditEntryId = NewType("AuditEntryId", int)
ClientId = NewType("ClientId", int)
ContactId = NewType("ContactId", int)
BookingId = NewType("BookingId", int)
JournalNoteId = NewType("JournalNoteId", int)
ConcernReportId = NewType("ConcernReportId", int)
CourseTypeId = NewType("CourseTypeId", int)
ActivityId = NewType("ActivityId", int)
MeetingId = NewType("MeetingId", int)
ParticipantId = NewType("ParticipantId", int)
RegistrationId = NewType("RegistrationId", int)
StatementId = NewType("StatementId", int)
OutreachId = NewType("OutreachId", int)
MaterialId = NewType("MaterialId", int)
OutreachPersonId = NewType("OutreachPersonId", int)
EducationId = NewType("EducationId", int)
ConsultationId = NewType("ConsultationId", int)
SurveyId = NewType("SurveyId", int)
GoalId = NewType("GoalId", int)
