/// Dutch words the story engine needs besides a scenario's own: question words and everyday subjects that
/// have nothing to do with a school case. Language knowledge kept as data.
enum DutchStoryWords {
  /// `text` lowercased, with only its letters and spaces: the form the phrase lists below are matched on.
  static func plain(_ text: String) -> String {
    text.lowercased().filter { $0.isLetter || $0 == " " }
  }

  /// Whether `lower` (see `plain`) has one of `phrases` at its start or after a space.
  static func mentions(_ lower: String, anyOf phrases: some Sequence<String>) -> Bool {
    phrases.contains { lower.hasPrefix($0) || lower.contains(" " + $0) }
  }

  /// Question words that make a question open wherever they stand in it.
  static let questionWords: Set<String> = [
    "hoe", "wat", "waarom", "wanneer", "waar", "welke", "welk", "wie", "hoezo", "waardoor", "waarover", "waarmee",
  ]

  /// Words that make "wat ..." an exclamation ("Wat gezellig!", "Wat fijn dat u belt."), not a question.
  static let exclamationWords: Set<String> = [
    "gezellig", "fijn", "leuk", "mooi", "heerlijk", "jammer", "vervelend", "naar", "rot", "knap", "goed", "fijne",
    "leuke", "mooie", "spannend", "prachtig", "lief", "attent", "vreselijk", "erg", "sneu", "zonde", "balen",
  ]

  /// Whether a sentence's normalised words open as an exclamation "wat <word>" (not ending in a question mark is
  /// not required: "Wat fijn?" does not ask either).
  static func exclaims(_ words: [String]) -> Bool {
    words.count >= 2 && words[0] == "wat" && exclamationWords.contains(words[1])
  }

  /// Openings of an indirect question, as normalised words: "Ik ben benieuwd hoe ...", "... omdat ik benieuwd ben
  /// wat ...", "Ik vraag me af of ...", "Ik hoor graag hoe ...". They ask when a question word, "of" or "naar"
  /// follows within a few words.
  static let indirectQuestionCues: [[String]] = [
    ["benieuwd"], ["nieuwsgierig"], ["vraag", "me", "af"], ["vraag", "mij", "af"], ["vraag", "ik", "me", "af"],
    ["vraag", "ik", "mij", "af"], ["vroeg", "me", "af"], ["vroeg", "mij", "af"], ["graag", "weten"],
    ["wil", "weten"], ["willen", "weten"], ["graag", "horen"], ["hoor", "graag"], ["hoor", "ik", "graag"],
    ["hoor", "het", "graag"], ["van", "u", "horen"], ["van", "jou", "horen"], ["van", "je", "horen"],
    ["benieuwd", "naar"],
  ]

  /// Requests to tell that ask by themselves, wherever they stand: "Mevrouw, vertel eens over thuis.", "Vertelt u
  /// gerust hoe het ging."
  static let tellRequests: [[String]] = [
    ["vertel", "eens"], ["vertelt", "u", "eens"], ["vertel", "me", "eens"], ["vertelt", "u", "me", "eens"],
    ["vertel", "gerust"], ["vertelt", "u", "gerust"], ["vertel", "maar"], ["vertelt", "u", "maar"],
    ["vertel", "er", "eens"], ["vertelt", "u", "er", "eens"],
  ]

  /// Words after an indirect question's opening that make it ask: a question word, "of", "naar".
  static let indirectQuestionWords: Set<String> = questionWords.union(["of", "naar", "welk", "hoeveel"])

  /// Whether a sentence's normalised words ask indirectly ("Ik ben benieuwd hoe ze het thuis heeft.", "vertel eens
  /// over haar vriendinnen"), not negated ("Ik ben niet benieuwd naar ...").
  static func asksIndirectly(_ words: [String]) -> Bool {
    func starts(_ cue: [String]) -> [Int] {
      guard words.count >= cue.count else { return [] }
      return (0...(words.count - cue.count)).filter { Array(words[$0..<($0 + cue.count)]) == cue }
    }
    if tellRequests.contains(where: { !starts($0).isEmpty }) { return true }
    return indirectQuestionCues.contains { cue in
      starts(cue).contains { index in
        let before = words[max(0, index - 2)..<index]
        let after = words[(index + cue.count)..<min(words.count, index + cue.count + 4)]
        return !before.contains("niet") && !before.contains("geen")
          && after.contains(where: indirectQuestionWords.contains)
      }
    }
  }

  /// Words that open a question asking for more than yes or no.
  static let questionOpeners: Set<String> = [
    "hoe", "wat", "waarom", "wanneer", "waar", "welke", "welk", "wie", "hoezo", "waardoor", "waarover", "waarmee",
    "vertel", "vertelt", "beschrijf", "kunt", "kun", "zou", "wilt",
  ]

  /// Everyday subjects unrelated to a conversation about a student: a question about one of them is a side track.
  static let unrelatedSubjects = [
    "vakantie", "vakanties", "op vakantie", "reis", "reizen", "camping", "strand", "koken", "recept",
    "recepten", "gerecht", "voetbal", "auto", "tuin", "tuinieren", "film", "films", "netflix",
    "televisie", "hobby", "boodschappen", "winkelen", "verbouwing", "huisdier", "hond", "kat",
    "muziek", "concert", "restaurant", "uit eten", "parkeren", "parkeerplaats", "weerbericht", "zomer",
    "weekendje", "verjaardag", "lekker weer", "het weer", "tv", "tv-programma", "serie", "series",
    "hardlopen", "sporten", "sportschool", "fiets", "fietsen", "wandelen", "zwemmen", "kookprogramma",
    "kookprogramma's", "bakken", "tennis", "mooi weer", "slecht weer", "weertje", "lekker eten", "de zon", "op de weg",
    "in de file",
    "lasagne", "pasta",
  ]

  /// More everyday things, counted only against the words of the case in a reply that does not name the child
  /// (`TopicMatcher.caseContent`): on their own they do not make a question a side track.
  static let everydayWords = [
    "weekend", "radio", "sport", "elftal", "wedstrijd", "soep", "taart", "kerstvakantie", "zomervakantie",
    "rotonde", "kantine", "koffie", "gebouw", "nieuwbouw", "dakterras", "thee", "boek", "roman", "binnenstad", "regen",
    "geregend", "aflevering",
    "drinken", "buurt", "stad", "koud", "kou", "vriezen", "gevroren", "sneeuw", "ruiten", "krabben", "zonnig",
    "camera", "batterij", "oplader", "gekocht", "wekker", "instellen", "sportdag", "schoolreis", "kerstviering",
    "kerstmarkt", "touwtrekken", "estafette", "toernooi", "voetbaltoernooi", "ovenschotel",
  ]

  /// Words that point at the child (or another young person of the case): a reply with one is about the child,
  /// whatever else it names.
  static let childReferences: Set<String> = [
    "hij", "hem", "haar", "zoon", "dochter", "kind", "jongen", "meisje", "leerling",
  ]

  /// Words of what can be wrong or be the matter in a school case, whatever the story.
  static let caseNouns = [
    "probleem", "problemen", "zorg", "ruzie", "pesten", "gepest", "straf", "schorsing", "gedrag", "incident",
    "gebeurd", "voorgevallen", "klacht", "advies", "resultaten", "verzuim", "ziek", "ziekgemeld", "moe", "stil",
    "verdrietig", "boos", "bang", "teleurgesteld", "begeleiding", "ondersteuning", "afspraken", "oplossing",
    "samenwerking", "contact", "verhaal",
  ]

  /// How a reply acknowledges her feeling or situation, lowercased without punctuation: "ik hoor hoe boos u bent",
  /// "ik kan me voorstellen dat", "dat is vervelend voor u".
  static let acknowledgements = [
    "ik hoor dat u", "ik hoor hoe", "ik hoor dat je", "ik zie dat u", "ik zie hoe", "ik zie dat je", "ik merk dat u",
    "ik merk hoe", "ik merk dat je", "ik begrijp dat u", "ik begrijp dat je", "ik begrijp dat dit",
    "ik begrijp dat het",
    "ik snap dat u", "ik snap dat je", "ik kan me voorstellen", "ik kan mij voorstellen", "dat kan ik me voorstellen",
    "dat kan ik mij voorstellen", "wat vervelend", "wat naar",
    "dat is vervelend", "dat is naar", "dat moet zwaar", "dat moet moeilijk", "dat lijkt me", "u maakt zich zorgen",
    "u bent boos", "u bent teleurgesteld", "u vindt het oneerlijk", "ik voel met u mee",
  ]

  /// Whether a reply (lowercased, letters and spaces) acknowledges her feeling or situation, or admits a fault of
  /// the teacher or school.
  static func acknowledges(_ lower: String) -> Bool {
    mentions(lower, anyOf: acknowledgements) || admits(lower)
  }

  /// How a reply admits a fault, lowercased without punctuation: "daar hebt u een punt", "dat neem ik mee".
  static let admissions = [
    "daar hebt u een punt", "daar heeft u een punt", "daar heb je een punt", "u hebt gelijk", "u heeft gelijk",
    "je hebt gelijk", "dat had ik moeten", "dat had beter gekund", "dat had beter gemoeten", "dat had anders gemoeten",
    "dat neem ik mee", "dat neem ik me aan", "dat is mijn fout", "mijn excuses", "het spijt me", "dat spijt me",
    "dat had niet mogen",
  ]

  /// Whether a reply (lowercased, letters and spaces) admits a fault: one of `admissions`, or "ik had ... kunnen"
  /// or "ik had ... moeten" ("ik had al eerder contact met u kunnen opnemen").
  static func admits(_ lower: String) -> Bool {
    if mentions(lower, anyOf: admissions) { return true }
    let words = lower.split(separator: " ")
    guard
      let start = words.indices.first(where: { $0 + 1 < words.count && words[$0] == "ik" && words[$0 + 1] == "had" })
    else { return false }
    return words[(start + 2)...].prefix(12).contains { $0 == "kunnen" || $0 == "moeten" }
  }

  /// Words of a pleasant feeling: a reflection of one ("Dat klinkt heerlijk") does not acknowledge her grievance.
  static let pleasantFeelings = [
    "heerlijk", "gezellig", "uitkijkt", "uitkijken", "zin in", "geniet", "genieten", "klinkt leuk", "klinkt goed",
    "klinkt fijn", "blij mee",
  ]

  /// Words of an unpleasant feeling or situation.
  static let unpleasantFeelings = [
    "boos", "zorgen", "zorg", "teleurgesteld", "vervelend", "wat naar", "is naar", "moeilijk", "zwaar", "verdrietig",
    "bang", "oneerlijk", "frustrerend", "lastig", "pijn",
  ]

  /// Whether a reply (lowercased, letters and spaces) reflects a pleasant feeling and no unpleasant one.
  static func reflectsPleasure(_ lower: String) -> Bool {
    mentions(lower, anyOf: pleasantFeelings) && !mentions(lower, anyOf: unpleasantFeelings)
  }

  /// How an answer withholds what she asked, lowercased without punctuation.
  static let withholdings = [
    "kan ik u niets", "kan ik u niks", "kan ik niets", "kan ik niks", "mag ik niets", "mag ik niks", "mag ik u niets",
    "kan ik u niet", "mag ik u niet", "kan ik niet op ingaan", "kan ik niet ingaan", "mag ik niet zeggen",
    "niets over zeggen", "niets over vertellen", "niks over zeggen", "blijft staan",
  ]

  /// Whether an answer (lowercased, letters and spaces) withholds what she asked.
  static func withholds(_ lower: String) -> Bool {
    mentions(lower, anyOf: withholdings)
  }

  /// How an answer reassures her, lowercased without punctuation.
  static let reassurances = [
    "geen zorgen", "komt goed", "komt niet in", "hoeft u niet", "hoeft niet", "niet erg", "geen gevolgen",
    "niets aan de hand", "niks aan de hand", "u kunt gerust", "gerust zijn", "valt mee", "geen probleem",
    "niet in zijn dossier", "niet in haar dossier", "geen aantekening",
  ]

  /// Whether an answer (lowercased, letters and spaces) reassures her.
  static func reassures(_ lower: String) -> Bool {
    mentions(lower, anyOf: reassurances)
  }

  /// How a reply reassures her about herself, lowercased without punctuation: she is no bad parent, it is not her
  /// fault, she need not think so.
  static let selfReassurances = [
    "geen slechte moeder", "geen slechte vader", "geen slechte ouder", "geen slechte ouders", "niet verkeerd doet",
    "niet verkeerd doen", "het niet verkeerd", "niets verkeerd gedaan", "niks verkeerd gedaan", "niet fout gedaan",
    "ligt niet aan u", "ligt echt niet aan u", "niet uw schuld", "niet jullie schuld", "u doet het goed",
    "u doet het juist goed", "doet u het goed", "doet u het juist goed", "hoeft u niet te denken",
    "hoeft u zich niet", "hoeft u zich geen", "u hoeft zich niet", "u hoeft zich geen", "niet aan te trekken",
    "kunt u niets aan doen", "kunt u niks aan doen", "kon u niet weten", "had u niet kunnen weten",
    "niet dat u het verkeerd", "niet dat u iets verkeerd", "niemand verwijt u", "ik verwijt u niets",
    "ik verwijt u niks", "ik neem u niets kwalijk",
  ]

  /// Whether a statement (lowercased, letters and spaces) reassures her: about herself (`selfReassurances`) or
  /// about what will follow (`reassurances`).
  static func reassuresHer(_ lower: String) -> Bool {
    mentions(lower, anyOf: selfReassurances) || reassures(lower)
  }

  /// Questions whether she knows what the conversation is for ("U weet wel waarom we hier zitten?"), lowercased.
  static let purposeQuestions = [
    "waarom we hier", "waarom jullie hier", "waarom u hier", "waarom we dit gesprek", "waarvoor we hier",
    "waar het over gaat", "waar dit gesprek over gaat", "waarom ik u heb uitgenodigd", "waarom ik jullie heb",
    "waarom ik u gevraagd", "waarom ik je heb uitgenodigd", "waarom we bij elkaar",
  ]

  /// Whether a question (lowercased, letters and spaces) asks whether she knows what the conversation is for.
  static func asksPurpose(_ lower: String) -> Bool {
    mentions(lower, anyOf: purposeQuestions)
  }

  /// Openings of a statement that answers a question: yes, no, a denial.
  static let answerOpenings = [
    "ja", "nee", "natuurlijk", "zeker", "jazeker", "klopt", "helaas", "eerlijk gezegd", "dat klopt", "dat is niet",
    "dat is zo", "dat gebeurt", "dat komt", "dat kan", "dat mag", "dat hoeft", "dat wordt", "dat staat", "het antwoord",
    "op uw vraag", "ik ben niet", "ik heb niets", "ik heb niks", "ik heb geen", "ik kijk", "ik beoordeel", "daar",
  ]

  /// Whether a statement (lowercased, letters and spaces) opens as an answer to a question.
  static func answers(_ lower: String) -> Bool {
    answerOpenings.contains { lower == $0 || lower.hasPrefix($0 + " ") }
  }

  /// Openings by which a statement picks up her question to answer it ("Je vraagt of Thomas de schuld krijgt: nee").
  static let herQuestionOpenings = [
    "je vraagt", "u vraagt", "jij vraagt", "je vroeg", "u vroeg", "jij vroeg", "jullie vragen", "op je vraag",
    "op uw vraag", "wat je vraagt", "wat u vraagt", "over je vraag", "over uw vraag",
  ]

  /// Whether a statement (lowercased, letters and spaces) opens by picking up her question; not a question she
  /// might have ("U vraagt misschien ...").
  static func picksUpHerQuestion(_ lower: String) -> Bool {
    herQuestionOpenings.contains { lower.hasPrefix($0 + " ") && !lower.hasPrefix($0 + " misschien") }
  }

  /// Words by which a question refers back to what the reply said before it.
  static let backReferences: Set<String> = [
    "toen", "daar", "dat", "dit", "die", "deze", "daarover", "daarmee", "daarvan", "daarbij", "hierover", "hiermee",
    "het", "hem", "haar", "hij", "ze", "zij",
  ]

  /// Questions how something was or is for her, lowercased.
  static let feelingQuestions = [
    "hoe was het voor u", "hoe was dat voor u", "hoe is het voor u", "hoe is dat voor u", "hoe voelde u",
    "hoe voelt u", "wat deed dat met u", "wat doet dat met u", "hoe was het voor je", "hoe was dat voor je",
    "hoe is het voor je", "hoe is dat voor je", "hoe voelde je", "hoe voel je", "wat deed dat met je",
    "wat doet dat met je", "hoe vond u dat", "hoe vond je dat",
  ]

  /// How a wat/hoe question ends when it asks what goes on in her ("Wat gaat er nu door u heen?", "Hoe komt dat
  /// bij u binnen?", "Wat voelt u daarbij?").
  static let feelingQuestionParts = [
    "door u heen", "door je heen", "in u om", "in je om", "bij u op", "bij je op", "bij u binnen", "bij je binnen",
    "voelt u", "voel je", "voelde u", "voelde je",
  ]

  /// Whether a question (lowercased, letters and spaces) asks how something was or is for her.
  static func asksHerFeeling(_ lower: String) -> Bool {
    if mentions(lower, anyOf: feelingQuestions) { return true }
    // The question may follow a statement ("Dat is veel om te horen. Wat gaat er door u heen?").
    let words = lower.split(separator: " ")
    guard let start = words.firstIndex(where: { $0 == "wat" || $0 == "hoe" }) else { return false }
    return mentions(words[start...].joined(separator: " "), anyOf: feelingQuestionParts)
  }

  /// Words by which a paraphrase says what she said, lowercased.
  static let saidCues = [
    "u zegt", "je zegt", "jij zegt", "zegt u", "zeg je", "u zei", "je zei", "jij zei", "u vertelde", "je vertelde",
    "u vertelt", "je vertelt", "u noemde", "je noemde", "u gaf aan", "je gaf aan", "u geeft aan", "je geeft aan",
  ]

  /// Whether a reply (lowercased, letters and spaces) says what she said.
  static func saysSheSaid(_ lower: String) -> Bool {
    saidCues.contains { lower.hasPrefix($0 + " ") || lower.contains(" " + $0 + " ") }
  }

  /// Openings of a paraphrase or reflection in jij/je, lowercased: put to the student at the table, not the parent
  /// (the parent is spoken to with u).
  static let informalReflectionOpeners = [
    "dus je", "dus jij", "en dus je", "ik hoor dat je", "ik hoor dat jij", "ik hoor je", "ik zie dat je",
    "ik zie dat jij", "ik merk dat je", "ik merk dat jij", "als ik je goed begrijp", "als ik jou goed begrijp",
    "het klinkt alsof je", "het klinkt alsof jij", "klinkt alsof je", "je voelde je", "je voelt je", "jij voelde je",
    "jij voelt je", "je bedoelt", "jij bedoelt", "je zegt", "jij zegt", "je vindt het", "jij vindt het",
    "je vond het", "jij vond het",
  ]

  /// Parts of a question that invite her own questions or list ("Wat staat er voor u bovenaan?", "Welke vragen
  /// heeft u?"), lowercased.
  static let herAgendaInvitations = [
    "uw lijstje", "op uw lijst", "staat er bovenaan", "staat er voor u bovenaan", "staat bij u bovenaan",
    "voor u bovenaan", "uw vragen", "welke vragen heeft u", "welke vragen hebt u", "heeft u vragen", "hebt u vragen",
    "wat wilt u vragen", "wat wilt u weten", "wat wilt u bespreken", "wat wilde u bespreken", "wat wilt u kwijt",
    "waar wilt u het over hebben",
  ]

  /// What she may want to do in a question that invites her ("Wat wilt u vandaag graag bespreken?").
  static let herAgendaVerbs: Set<String> = ["bespreken", "vragen", "weten", "kwijt", "beginnen"]

  /// Whether a question (lowercased, letters and spaces) invites her own questions or list: one of
  /// `herAgendaInvitations`, or "wat/waar/welke ... wilt u" with one of `herAgendaVerbs` after it.
  static func invitesHerQuestions(_ lower: String) -> Bool {
    if mentions(lower, anyOf: herAgendaInvitations) { return true }
    let words = lower.split(separator: " ").map(String.init)
    guard
      let wilt = words.indices.first(where: { $0 + 1 < words.count && words[$0] == "wilt" && words[$0 + 1] == "u" }),
      words[..<wilt].contains(where: ["wat", "waar", "waarover", "welke"].contains)
    else { return false }
    return words[(wilt + 2)...].contains(where: herAgendaVerbs.contains)
  }

  /// How a line refuses to answer a question ("Waarom wilt u dat weten?"), lowercased: no answer to a remark.
  static let questionRefusals = [
    "waarom wilt u dat weten", "waarom wil je dat weten", "waarom vraagt u", "waarom vraag je", "waarom wilt u dat",
    "wat gaat u dat aan", "dat gaat u niets aan", "dat gaat u niks aan",
  ]

  /// Whether a line of hers refuses to answer a question.
  static func refusesQuestion(_ line: String) -> Bool {
    mentions(plain(line), anyOf: questionRefusals)
  }

  /// Closing questions that only check a reflection or paraphrase.
  static let checks = [
    "klopt dat", "klopt het", "is dat zo", "herkent u dat", "herken je dat", "zie ik dat goed", "begrijp ik dat goed",
    "heb ik dat goed", "klopt dat een beetje",
  ]

  /// Whether a reply (lowercased, letters and spaces) ends with a check of what was said ("Klopt dat?").
  static func endsWithCheck(_ lower: String) -> Bool {
    let trimmed = String(lower.reversed().drop(while: \.isWhitespace).reversed())
    return checks.contains { trimmed.hasSuffix(" " + $0) }
  }

  /// Parts of a question that ask for her story or her view of it ("wat is er gebeurd", "hoe gaat het thuis", "wat
  /// merkt u"), lowercased: an open question without them asks something specific.
  static let storyCues = [
    "gebeurd", "gebeurt", "gebeuren", "aan de hand", "speelt", "vertel", "vertelt", "verteld", "vertellen",
    "meegemaakt", "hoe gaat", "hoe is het", "hoe was", "merkt", "gemerkt", "merken", "ziet u", "zie je", "zag u",
    "kijkt", "ervaart", "ervaren", "wat is er", "dwars", "hoe zit", "wat vindt", "wat vind", "hoe voelt", "hoe voelde",
    "wat weet", "zorgen", "waar wilt u het", "waar wil je het", "waarover", "kwijt", "herkent", "herken", "wat zegt",
    "beschrijf", "hoe reageert", "hoe reageerde",
  ]

  /// Whether a question (lowercased, letters and spaces) asks for her story or her view of it.
  static func asksForStory(_ lower: String) -> Bool {
    mentions(lower, anyOf: storyCues)
  }

  /// Words that open a clause before its subject ("want Milan blijft thuis").
  static let clauseOpeners: Set<String> = [
    "want", "en", "maar", "omdat", "dus", "dat", "als", "toen", "of", "terwijl", "sinds", "nu", "ook", "dan", "zodat",
  ]

  /// Capitalised words that open a clause without naming another person: pronouns, articles, question words and
  /// the forms of address ("Mevrouw Visser, ...").
  static let subjectWords: Set<String> = [
    "ik", "u", "je", "jij", "hij", "zij", "ze", "we", "wij", "jullie", "het", "de", "een", "dat", "dit", "die", "er",
    "daar", "hier", "wat", "hoe", "wie", "waar", "wanneer", "waarom", "welke", "mijn", "uw", "zijn", "haar", "ons",
    "onze", "thuis", "op", "in", "bij", "mevrouw", "meneer", "ja", "nee", "goed", "fijn", "dank", "als", "kunt",
    "kun", "heeft", "hebt", "is", "zou", "wilt", "mag", "vertel", "vertelt", "ook", "maar", "en", "dus", "nou",
  ]

  /// Openings of a greeting or welcome.
  static let greetings = [
    "goedemiddag", "goedemorgen", "goedenavond", "goedendag", "goeiemiddag", "goeiemorgen", "goeienavond", "hallo",
    "hoi", "dag", "welkom", "fijn dat u", "fijn dat je", "fijn dat jullie", "goed dat u", "goed dat je",
    "goed dat jullie", "leuk dat u", "prettig dat u", "dank u wel dat u", "dank je wel dat je", "dank u dat u",
    "dank je dat je", "bedankt dat", "bedankt voor het komen",
  ]

  /// Greetings that end in a word of the day ("middag", "avond"): never a compound of a topic word.
  static let greetingCompounds: Set<String> = [
    "goedemiddag", "goedemorgen", "goedenavond", "goedendag", "goeiemiddag", "goeiemorgen", "goeienavond",
  ]

  /// Whether a reply (lowercased, letters and spaces) opens with a greeting or welcome.
  static func greets(_ lower: String) -> Bool {
    greetings.contains { lower == $0 || lower.hasPrefix($0 + " ") }
  }

  /// Her greeting back, in the teacher's own word ("Goedemiddag."), or nil when the greeting had none.
  static func greetingBack(to lower: String) -> String? {
    let words = ["goedemiddag", "goedemorgen", "goedenavond", "goedendag", "hallo", "hoi", "dag"]
    guard let word = words.first(where: { lower == $0 || lower.hasPrefix($0 + " ") }) else { return nil }
    return word.prefix(1).uppercased() + word.dropFirst() + "."
  }

  /// Words by which a statement explains the next step, the procedure or what will happen, lowercased.
  static let nextStepCues = [
    "ik leg u uit", "ik leg uit", "ik leg je uit", "wat er nu gebeurt", "wat er gaat gebeuren", "hoe het verder gaat",
    "de volgende stap", "de procedure", "daarna", "vervolgens", "ik ga ", "we gaan ", "wij gaan ", "ik zal ",
    "school gaat ", "ik meld", "ik bel ", "ik spreek ", "ik neem contact", "we spreken af", "we hebben afgesproken",
    "samengevat", "kortom", "wat we afspreken", "ik nodig", "ik zorg",
  ]

  /// Whether a statement (lowercased, letters and spaces) explains what will happen next.
  static func explainsNextStep(_ lower: String) -> Bool {
    mentions(lower, anyOf: nextStepCues)
  }

  /// Parts of her lines that ask what happens next or what is agreed: once the teacher explained it, she does not
  /// ask it as if nobody did.
  static let nextStepQuestions = [
    "gaat er nu gebeuren", "gebeurt er nu", "gaat er gebeuren", "spreken we af", "wat nu", "hoe nu verder",
    "hoe gaat het nu verder", "wat gaan we", "wat gaat school", "wat gaat u", "wat gaan jullie",
    "wat zou u voorstellen",
    "wat stelt u voor", "wat is het plan", "en nu", "wanneer hoor ik", "concreet maken",
  ]

  /// Whether her line asks what happens next.
  static func asksNextStep(_ line: String) -> Bool {
    line.contains("?") && mentions(plain(line), anyOf: nextStepQuestions)
  }

  /// Words by which a question points at the case without naming one of the parent's topics: the child, what
  /// happened, her worry, or what was just said. An open question with one of them asks for her story.
  static let caseReferences = [
    "ze", "zij", "hij", "haar", "hem", "zoon", "dochter", "kind", "jongen", "meisje", "gebeurd", "gebeuren",
    "aan de hand", "zorg", "zorgen", "probleem", "situatie", "daar", "daarover", "daarvan", "dat", "dit",
    "helpen", "verwacht", "verwachten", "bespreken", "voorgevallen", "speelt", "mis", "geprobeerd", "proberen",
    "gemerkt", "merkt", "gezien", "aangepakt", "aanpakken",
  ]

  /// Words of school and the family: a question with one of them is on the case, and an open one asks for her
  /// story ("Hoe kijkt u zelf naar het rapport?").
  static let schoolWords = [
    "school", "klas", "les", "lessen", "docent", "docenten", "mentor", "leraar", "lerares", "cijfer", "cijfers",
    "rapport", "toets", "toetsen", "huiswerk", "leerling", "leerlingen", "vak", "vakken", "schooljaar", "examen",
    "thuis", "gezin", "opvoeding", "zoon", "dochter", "kind", "kinderen", "gesprek", "afspraak", "afspreken",
    "situatie",
  ]

  /// Words of how she sees and feels things: a question with one of them is on the case, not off it.
  static let viewWords = [
    "mening", "gevoel", "voelt", "voelen", "denkt", "vindt", "kijkt", "ervaart", "ervaren", "begrijpen", "begrijpt",
    "vertellen", "vertelt", "verwacht", "verwachting", "geprobeerd", "belangrijk", "moeilijk", "lastig", "zorgen",
    "gebeurd", "gebeurt", "veranderd", "merken", "gemerkt", "helpen", "hulp", "weten", "vragen", "vraag", "verder",
    "bespreken", "kwijt",
  ]

  /// Kinds of general open questions: the words that ask one (normalised, as the tokenizer gives them), the topic
  /// words that mark a topic of that kind, and parts of topic ids that mark one ("sophie-zelf", "zijn-verhaal").
  static let generalQuestionKinds: [GeneralQuestionKind] = [
    GeneralQuestionKind(
      cues: ["geprobeerd", "al gedaan", "zelf gedaan", "ondernomen", "aangepakt", "al geprobeerd"],
      marks: ["al gedaan", "geprobeerd", "zelf gedaan", "al geprobeerd", "aangepakt"], idParts: ["gedaan"],
      unknown: [
        "Wat moet ik zeggen. Ik weet eerlijk gezegd niet goed wat ik nog kan doen.",
        "Ik heb gedaan wat ik kon. Maar wat helpt er nu echt?",
      ]),
    GeneralQuestionKind(
      cues: [
        "verwacht", "verwachting", "verwachtingen", "hoopt u", "wilt u van", "u nodig", "jij nodig", "je nodig",
        "nodig zijn", "volgende stap", "beste stap",
      ],
      marks: ["wat verwacht u", "verwacht", "verwachting", "verwachtingen"], idParts: ["verwacht"],
      unknown: [
        "Dat weet ik niet precies. Dat er iets verandert, denk ik.", "Goede vraag. Dat er naar ons geluisterd wordt.",
      ]),
    GeneralQuestionKind(
      cues: [
        "hij zelf", "ze zelf", "zij zelf", "hij er zelf", "ze er zelf", "zij er zelf", "vindt hij", "vindt ze",
        "vindt zij", "zegt hij", "zegt ze", "zegt zij", "kijkt hij", "kijkt ze", "kijkt zij", "zijn kant", "haar kant",
        "zijn verhaal", "haar verhaal",
      ],
      marks: [
        "zelf tegenaan", "er zelf van", "zelf vindt", "zegt hij zelf", "zegt ze zelf", "zijn verhaal", "haar verhaal",
        "zijn kant", "haar kant",
      ], idParts: ["zelf", "verhaal"], asksTheChild: true),
    GeneralQuestionKind(
      cues: [
        "wat werkt", "werkt er", "werkt goed", "wat helpt", "helpt hem", "helpt haar", "helpt het", "goed helpt",
        "nodig heeft", "hij nodig", "ze nodig", "zij nodig", "hem helpen", "haar helpen", "jou helpen", "je helpen",
        "het meest helpen", "zou helpen",
      ],
      marks: ["wat helpt", "helpt", "helpen", "wat werkt"], idParts: ["hulp"],
      unknown: [
        "Dat weet ik eigenlijk niet. Ik zoek het zelf ook nog.", "Goede vraag. Ik heb daar nog niets op gevonden.",
      ]),
    GeneralQuestionKind(
      cues: [
        "tegenhoudt", "houdt hem tegen", "houdt haar tegen", "houdt tegen", "houdt hij tegen", "houdt ze tegen",
        "houdt zij tegen", "weerhoudt", "zit hem dwars",
        "zit haar dwars", "waar ligt het aan", "waardoor komt", "hoe komt het dat", "wat maakt het moeilijk",
        "lukt het niet", "waarom lukt",
      ],
      marks: ["durven", "durft", "bang", "angst", "dwars", "spannend", "eng"], idParts: [],
      unknown: ["Ik weet het niet. Dat vraag ik me zelf ook af.", "Als ik dat wist, zat ik hier niet zo, denk ik."]),
    GeneralQuestionKind(
      cues: ["thuis", "gezin", "bij u thuis"], marks: ["thuis", "gezin", "bij u thuis", "thuissituatie", "thuiskwam"],
      idParts: ["thuis"]),
  ]

  /// Greetings and how-are-you questions to her: small talk, answered once with a short social line.
  static let smallTalk = [
    "hoe gaat het met u", "hoe is het met u", "hoe gaat het met jou", "hoe is het met jou", "hoe maakt u het",
    "alles goed met u", "gaat het goed met u", "hoe gaat het vandaag", "hoe is het vandaag",
  ]

  /// Frequent words of five letters or more that say nothing about what the parent told.
  static let frequent: Set<String> = [
    "omdat", "terwijl", "eigenlijk", "zeggen", "bedoelt", "begrijp", "begrijpen", "vindt", "zoals", "wordt",
    "worden", "hebben", "heeft", "kunnen", "zullen", "zouden", "alleen", "eerst", "nooit", "altijd", "school",
    "dochter", "gewoon", "precies", "samen", "iemand", "niemand", "niets", "nogal", "mevrouw", "meneer",
    "goedemiddag", "goedemorgen", "goedenavond", "welkom", "bedankt", "gekomen", "dankjewel", "dankuwel",
  ]

  /// Words that name only where something happens, not what it is about: "thuis" in "wat vertelt hij thuis over
  /// biologie". A topic phrase made only of them (and broad words) counts when no specific topic matched.
  static let settingWords: Set<String> = [
    "thuis", "school", "op", "bij", "in", "van", "naar", "aan", "klas", "les", "lessen", "huis", "daar", "hier",
    "mijn", "jullie", "als", "na", "tijdens",
  ]

  /// Filler words that may stand between the words of a topic phrase in a reply ("vragen te stellen").
  static let fillers: Set<String> = ["te", "er", "wel", "ook", "nog", "eigenlijk", "even", "nou", "toch", "dan"]

  /// Words that say nothing about a subject: a topic phrase made only of them ("hoe gaat het met haar", "hoe is
  /// ze") matches a topic only when no specific word of another topic does.
  static let broadWords: Set<String> = [
    "hoe", "wat", "wie", "gaat", "gaan", "het", "met", "haar", "hem", "hij", "ze", "zij", "is", "er", "de", "een",
    "nu", "zo", "u", "uw", "je", "jij", "zegt", "zei", "zelf", "vindt", "vind", "denkt", "van", "ons", "wij",
    "doen", "wilt",
  ]
}

/// A kind of general open question ("Wat heeft u al geprobeerd?", "Hoe kijkt hij er zelf tegenaan?") and how the
/// topic of that kind is recognised in a story.
struct GeneralQuestionKind: Sendable {
  /// Words of the question, normalised.
  var cues: [String]
  /// Topic words that mark a topic of this kind.
  var marks: Set<String>
  /// Parts of topic ids that mark a topic of this kind.
  var idParts: [String]
  /// Whether it asks what the child thinks: unknown to her, she says the teacher should ask the child.
  var asksTheChild = false
  /// What she says to it honestly when her story has no topic of this kind.
  var unknown: [String] = []
}
