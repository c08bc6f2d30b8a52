; Inno Setup 6 script for Vägval: the PyInstaller bundle dist\Vagval as one installer.
; Build on Windows (the release workflow does): iscc /DAppVersion=0.1.0 build\installer.iss
; Per machine (administrator) or per user: the dialog asks, or on the command line
; /ALLUSERS or /CURRENTUSER. Silent: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART.
; Uninstalling removes the program only: the unit's database, key file and backups
; (in the folder chosen at first start, normally %LOCALAPPDATA%\Vagval) are left alone.

#ifndef AppVersion
  #error Pass the package version: iscc /DAppVersion=X.Y.Z build\installer.iss
#endif

#define AppName "Vägval"
#define AppExe "Vagval.exe"
#define AppAdminExe "vagval-admin.exe"

[Setup]
AppId={{6E3F2A41-5C7B-4B0E-9D5A-7A1C2B3D4E5F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\Vagval
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\vagval.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist\installer
OutputBaseFilename=Vagval-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Vagval\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} – användarhandbok"; Filename: "{app}\_internal\docs\anvandarhandbok.md"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Only the files the installer put there are removed: no uninstall-delete section for data.
