/// First names of students in Dutch schools, so that "sanne is gewoon lui" has Sanne as its subject even in lower
/// case. Names that are also common Dutch words (roos, bas, mark, storm) are left out.
enum DutchFirstNames {
  static let all: [String] = [
    "daan", "sem", "lucas", "levi", "finn", "milan", "noah", "luuk", "bram", "jesse", "thijs", "lars", "ruben",
    "tim", "thomas", "stijn", "max", "jayden", "julian", "mees", "sven", "niels", "joep", "tygo", "teun", "gijs",
    "hugo", "jens", "jelle", "koen", "wouter", "pieter", "jasper", "rick", "kevin", "dylan", "dex", "boaz",
    "siem", "mats", "olivier", "owen", "quinn", "tobias", "vince", "wessel", "youssef", "yusuf", "mohammed",
    "mohamed", "ahmed", "omar", "ayoub", "bilal", "hamza", "mustafa", "ibrahim", "ali", "amir", "adam", "ilias",
    "ismail", "mehmet", "emre", "burak", "kerem", "deniz", "kaan", "yassin", "rayan", "anas", "ayman", "zakaria",
    "emma", "julia", "mila", "tess", "sophie", "zoe", "sara", "anna", "evi", "saar", "nora", "fenna", "lotte",
    "eva", "lisa", "noor", "lieke", "sanne", "fleur", "femke", "iris", "isa", "lina", "liv", "yara", "nina",
    "amber", "anouk", "britt", "demi", "esmee", "floor", "ilse", "jasmijn", "jade", "kim", "laura", "lynn", "maud",
    "merel", "naomi", "nienke", "romy", "sofie", "tara", "vera", "zara", "elif", "fatima", "aisha", "yasmina",
    "ilham", "imane", "salma", "amira", "hiba", "meryem", "zeynep", "esra", "ayla", "lana", "luna", "olivia",
    "sofia", "hannah", "elin", "feline", "lara", "madelief", "puck", "suze", "veerle", "jip", "janne", "sam",
    "robin", "charlie", "alex", "kai", "jurre", "bart", "tom", "joris", "martijn", "dirk", "jeroen", "mike",
    "sander", "timo", "guus", "cas", "pim", "ties", "twan", "ralph", "stefan", "matthijs", "sil", "senna",
  ]
}
