"""Demo data: fictional first and last names (common Swedish names, no real persons)."""

FIRST_NAMES = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Malin", "Sofia",
    "Johan", "Erik", "Lars", "Karl", "Anders", "Per", "Mikael", "Fredrik", "Jonas", "Omar",
    "Leila", "Amir", "Noor", "Elias", "Hanna", "Ida", "Linnea", "Oskar", "Viktor", "Yasmin",
)
LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
    "Berg", "Holm", "Sandberg", "Ek", "Lund", "Nyström", "Forsberg", "Åberg", "Öberg",
)
