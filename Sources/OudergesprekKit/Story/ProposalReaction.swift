/// The parent's reaction to a teacher's proposal mid-conversation ("Zullen we afspreken dat ik u volgende week
/// bel?"): she accepts, asks a detail or doubts, by how tense she is, in the teacher's own words turned to her.
enum ProposalReaction {
  /// Openings of a proposal, lowercased.
  private static let openings = [
    "ik stel voor", "mijn voorstel", "zullen we", "zal ik", "wat vindt u ervan als", "wat vind je ervan als",
    "wat als we", "zullen wij", "ik wil voorstellen", "afspreken dat", "spreken we af", "het goed vinden als ik",
    "het fijn vinden als ik", "vindt u het goed als ik", "vind je het goed als ik", "is het goed als ik",
  ]

  /// Whether `text` proposes a next step: by marker or by how it opens.
  ///
  /// An open question that asks her what is needed ("Wat hebt u van ons nodig om ...?") is no proposal, even when
  /// the analyser hears a next step in it: nothing was put to her that she could accept.
  static func proposes(_ text: String, markers: Set<Marker>) -> Bool {
    let lower = text.lowercased()
    if openings.contains(where: { lower.contains($0) }) || requestsAction(text) { return true }
    return markers.contains(.vervolgafspraak) && !onlyAsksOpenly(text)
  }

  /// Whether every sentence of `text` is a question opening with a question word, without a day or time in it.
  static func onlyAsksOpenly(_ text: String) -> Bool {
    let sentences = StoryReading.sentences(of: text).map(DutchStoryWords.plain)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !sentences.isEmpty, ProposalEcho.phrase(in: text) == nil else { return false }
    return sentences.allSatisfy { sentence in
      let first = sentence.split(separator: " ").first.map(String.init) ?? ""
      return DutchStoryWords.askingWords.contains(first)
    } && text.contains("?")
  }

  /// The proposal as a clause she can put after "dat" or "als", in her words and in the teacher's order with the verb
  /// at the end ("u mij volgende week belt", "het herstelgesprek volgende week woensdag is"), the teacher's own
  /// spelling kept ("met Sanne"); nil when the proposal is no clause she can echo cleanly.
  static func echo(of text: String) -> String? {
    let lower = text.lowercased()
    guard lower.count == text.count else { return nil }
    // The clause after the opening of a proposal ("ik stel voor dat ...", "wat als ...") has its verbs at the end
    // already; after "zal ik" or "zullen we" the infinitive is at the end, and her "u" needs a finite verb with it.
    if let range = subordinateOpenings.lazy.compactMap({ lower.range(of: $0) }).first {
      // "... als ik": the clause starts at its subject.
      let start = lower[range].hasSuffix(" ik ") ? lower.index(range.upperBound, offsetBy: -3) : range.upperBound
      return subordinateEcho(clause(text, from: lower.distance(from: lower.startIndex, to: start)))
    }
    if let range = ["zal ik ", "zullen we ", "zullen wij "].lazy.compactMap({ lower.range(of: $0) }).first {
      let subject = lower[range].split(separator: " ")[1]
      let rest = clause(text, from: lower.distance(from: lower.startIndex, to: range.upperBound))
      return mainEcho(subject: String(subject), rest)
    }
    return nil
  }

  /// Openings after which the proposal follows as a subordinate clause, lowercased.
  private static let subordinateOpenings = [
    "afspreken dat ", "voor dat ", "voorstel is dat ", "ervan als ", "wat als ", "vinden als ik ", "goed als ik ",
  ]

  /// The finite verb of the teacher's "ik" for the parent's "u" in a subordinate clause.
  private static let ikToU = [
    "zal": "zult", "kan": "kunt", "wil": "wilt", "ga": "gaat", "ben": "bent", "heb": "hebt", "kom": "komt",
    "doe": "doet", "sta": "staat", "zie": "ziet", "moet": "moet", "mag": "mag", "word": "wordt", "zou": "zou",
  ]
  /// The finite verb of the teacher's "u" for the parent's "ik".
  private static let uToIk = [
    "zult": "zal", "kunt": "kan", "wilt": "wil", "gaat": "ga", "bent": "ben", "hebt": "heb", "heeft": "heb",
    "komt": "kom", "doet": "doe", "staat": "sta", "ziet": "zie", "wordt": "word", "zou": "zou", "moet": "moet",
    "mag": "mag", "kan": "kan",
  ]
  /// The teacher's pronouns in her words, in a clause with the teacher as subject ("dat ik u bel": "dat u mij belt").
  private static let teacherSubjectPronouns = ["u": "mij", "uw": "mijn", "mij": "u", "me": "u", "mijn": "uw"]
  /// The teacher's pronouns in her words, in a clause with someone else as subject ("dat Sanne u belt").
  private static let otherSubjectPronouns = ["u": "mij", "uw": "mijn", "ik": "u", "mij": "u", "mijn": "uw"]
  /// Modal verbs of a verb cluster at the end ("dat ik hem zal bellen").
  private static let modals: Set<String> = [
    "zal", "ga", "wil", "kan", "kom", "moet", "mag", "zou", "zullen", "gaan", "willen", "kunnen", "moeten", "mogen",
    "komen", "zult", "gaat", "wilt", "kunt", "komt",
  ]
  /// Words that open a clause inside the proposal ("... bel hoe het gegaan is"): the proposal ends before them.
  private static let embeddedOpeners: Set<String> = [
    "hoe", "wat", "waar", "wanneer", "waarom", "zodat", "omdat", "die", "dat", "wie", "welke",
  ]
  /// Words after which the last word is no verb but a noun ("... praat over school").
  private static let beforeNouns: Set<String> = [
    "de", "het", "een", "op", "over", "met", "in", "naar", "bij", "voor", "van", "aan", "uit", "door", "mijn", "uw",
    "hun", "onze", "deze", "die", "dit", "dat",
  ]

  /// A subordinate clause of the teacher (its words) in the parent's words; nil when it does not end in a verb.
  private static func subordinateEcho(_ words: [String]) -> String? {
    guard words.count >= 2, words.count <= 12 else { return nil }
    var words = words
    let lower = words.map { $0.lowercased() }
    // The school's "ons" is not hers to say.
    guard !lower.contains("ons"), !lower.contains("onze") else { return nil }
    // The finite verb: the last word, or the modal before a final infinitive ("dat ik hem zal bellen").
    var finite = lower.count - 1
    if lower.count >= 3, lower[finite].hasSuffix("en"), modals.contains(lower[finite - 1]) { finite -= 1 }
    guard finite >= 1, !beforeNouns.contains(lower[finite - 1]), lower[finite].first?.isLetter == true,
      lower[finite].count >= 2
    else { return nil }
    switch lower[0] {
    case "ik":
      // A verb of "ik" is a stem, not a plural or a noun ("dat ik de opdrachten").
      guard ikToU[lower[finite]] != nil || !(lower[finite].hasSuffix("en") || lower[finite].hasSuffix("s")) else {
        return nil
      }
      words[0] = "u"
      words[finite] = ikToU[lower[finite]] ?? (lower[finite].hasSuffix("t") ? lower[finite] : lower[finite] + "t")
      return turned(words, except: [0, finite], by: teacherSubjectPronouns)
    case "u":
      words[0] = "ik"
      words[finite] =
        uToIk[lower[finite]] ?? (lower[finite].hasSuffix("t") ? String(lower[finite].dropLast()) : lower[finite])
      return turned(words, except: [0, finite], by: ["mij": "u", "me": "u", "mijn": "uw", "uw": "mijn"])
    case "we", "wij":
      // "dat we u bellen" is the school's "we": not hers to echo.
      guard lower[finite].hasSuffix("en"), !lower.contains("u"), !lower.contains("uw") else { return nil }
      return words.joined(separator: " ")
    case "ze", "zij", "hij", "school", "de", "het", "een", "meneer", "mevrouw":
      return turned(words, except: [finite], by: otherSubjectPronouns)
    default:
      // A name as subject ("dat Sanne ...") keeps the teacher's spelling.
      guard words[0].first?.isUppercase == true else { return nil }
      return turned(words, except: [finite], by: otherSubjectPronouns)
    }
  }

  /// The rest of a main-clause proposal ("zal ik | u morgen even mailen") in the parent's words as a subordinate
  /// clause ("u mij morgen even gaat mailen"); nil when it does not end in an infinitive.
  private static func mainEcho(subject: String, _ rest: [String]) -> String? {
    guard !rest.isEmpty, rest.count <= 10, let last = rest.last?.lowercased(), last.hasSuffix("en") else { return nil }
    if subject == "ik" {
      // The infinitives at the end take her "u" with a finite verb before them ("... even gaat mailen").
      let turnedRest = turned(rest, except: [], by: teacherSubjectPronouns)
      var words = turnedRest.split(separator: " ").map(String.init)
      words.insert("gaat", at: words.count - 1)
      return (["u"] + words).joined(separator: " ")
    }
    let lower = rest.map { $0.lowercased() }
    guard !lower.contains("u"), !lower.contains("uw"), !lower.contains("ons"), !lower.contains("onze") else {
      return nil
    }
    return ([subject] + rest).joined(separator: " ")
  }

  /// `words` joined, each lowercase pronoun outside `except` turned by `table` ("u" of the teacher is her "mij").
  private static func turned(_ words: [String], except: Set<Int>, by table: [String: String]) -> String {
    words.indices.map { index in
      except.contains(index) ? words[index] : (table[words[index]] ?? words[index])
    }.joined(separator: " ")
  }

  /// The words of `text` from character `offset` to the end of its clause, without punctuation, in the teacher's
  /// spelling. A second clause joined by "en" ("... dat ik hem vooraan zet en dat we over drie weken bellen") or a
  /// clause inside it ("... bel hoe het gegaan is") is cut off, so the echo keeps one subject and its verb.
  private static func clause(_ text: String, from offset: Int) -> [String] {
    let sentence = text.dropFirst(offset).prefix { !".?!,;:".contains($0) }
    let words = sentence.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" }.map(String.init)
    let lower = words.map { $0.lowercased() }
    let joined: Set<String> = ["dat", "we", "wij", "ik", "u", "dan", "daarna", "als", "over", "zullen", "ga"]
    if let cut = lower.indices.first(where: { index in
      (lower[index] == "en" && index + 1 < lower.count && joined.contains(lower[index + 1]))
        || (index >= 2 && embeddedOpeners.contains(lower[index]))
    }) {
      return Array(words[..<cut])
    }
    return words
  }

  /// The highest intensity at which she accepts a proposal; tenser, she asks a detail or doubts it.
  static let acceptsUpTo = 4

  /// Her lines for a proposal at `intensity`, echoing the clause `echo` (or the day and time `phrase`) when there
  /// is one; `timed` when the proposal names a day or time (she asks when only when it does not); `request` when it
  /// asks her to do something.
  ///
  /// A frame she already used for an earlier proposal (a line in `said` with its fixed words) is left out while
  /// another is left, so two acceptances in a row do not sound the same.
  static func lines(
    intensity: Int, echo: String?, phrase: String?, timed: Bool = false, request: Bool = false,
    said: Set<String> = []
  ) -> [String] {
    let capitalised = phrase.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    let frames: [String]
    switch intensity {
    case ...acceptsUpTo:
      // Asked to do something herself, she says she will.
      if request || echo?.hasPrefix("ik ") == true {
        frames = ["Goed, dat doe ik.", "Ja, dat zal ik doen.", "Dat wil ik wel proberen, ja."]
      } else if echo != nil {
        frames = ["Dat vind ik goed, dat {}.", "Goed, afgesproken. Fijn dat {}."]
      } else if let phrase, let capitalised {
        frames = ["Goed, \(phrase) dan.", "\(capitalised), dat is goed."]
      } else {
        frames = ["Dat wil ik wel proberen, ja.", "Goed, zo doen we het.", "Goed, laten we dat doen."]
      }
    case 5...6:
      if echo != nil {
        frames =
          timed
          ? ["En als {}, wat gebeurt er tot die tijd?", "Stel dat {}: hoe ziet dat er dan precies uit?"]
          : ["Goed, maar wanneer dan?", "Stel dat {}: hoe ziet dat er dan precies uit?"]
      } else if let capitalised {
        frames = ["\(capitalised)? En wat gebeurt er tot die tijd?", "Hoe ziet dat er dan precies uit?"]
      } else {
        frames = ["Hoe ziet dat er dan precies uit?", "En wie doet dat dan?"]
      }
    default:
      if echo != nil {
        frames = ["En als {}, wat verandert er dan?", "Dat {}... Dat moet ik eerst nog zien."]
      } else {
        frames = ["En denkt u echt dat dat iets verandert?", "Dat zegt u nu. Eerst wil ik merken dat er iets gebeurt."]
      }
    }
    let unused = frames.filter { frame in !said.contains { usesFrame($0, frame) } }
    return (unused.isEmpty ? frames : unused).map { $0.replacingOccurrences(of: "{}", with: echo ?? "") }
  }

  /// Whether `line` was made from `frame`: its fixed words around the echo, or its gist ("iets verandert").
  static func usesFrame(_ line: String, _ frame: String) -> Bool {
    let parts = frame.components(separatedBy: "{}")
    if parts.count == 2 {
      let (before, after) = (parts[0], parts[1])
      if line.hasPrefix(before) && line.hasSuffix(after) && line.count > before.count + after.count { return true }
    } else if line == frame {
      return true
    }
    // The same doubt in other words is a repeat too.
    return frameGists.contains { frame.contains($0) && line.contains($0) }
  }

  /// Words that carry what a frame says, for frames that are near-repeats of each other.
  private static let frameGists = ["verandert", "eerst nog zien", "tot die tijd", "precies uit"]

  /// Whether her question asks what school is going to do: a proposal answers it.
  static func asksForAction(_ question: ParentQuestion) -> Bool {
    let lower = question.question.lowercased()
    return lower.contains(" doen") || DutchStoryWords.asksNextStep(question.question)
      || question.answerWords.contains { ["ik ga", "ik stel voor", "voorstel"].contains($0) }
  }
}
