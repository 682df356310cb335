/// Finds the day and time in a teacher's proposal, so that the parent's acceptance echoes it instead of
/// inventing one ("Goed, donderdag om half negen dan.").
enum ProposalEcho {
  private static let days: Set<String> = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "morgen", "overmorgen",
    "maandagochtend", "maandagmiddag", "dinsdagochtend", "dinsdagmiddag", "woensdagochtend", "woensdagmiddag",
    "donderdagochtend", "donderdagmiddag", "vrijdagochtend", "vrijdagmiddag", "morgenochtend", "morgenmiddag",
  ]
  private static let before: Set<String> = ["volgende", "aanstaande", "komende", "deze", "uiterlijk"]
  /// Verbs of the teacher getting in touch with the parent ("bel ik je", "hoort u", "zien we elkaar").
  private static let contactVerbs: Set<String> = [
    "bel", "belt", "bellen", "mail", "mailt", "mailen", "stuur", "stuurt", "sturen", "app", "appt", "appen",
    "hoor", "hoort", "horen", "spreek", "spreekt", "spreken", "zie", "ziet", "zien", "laat", "kom", "komt", "komen",
  ]
  /// The verbs of a call, a mail or a message, which always reach the parent.
  private static let callVerbs: Set<String> = [
    "bel", "belt", "bellen", "mail", "mailt", "mailen", "stuur", "stuurt", "sturen", "app", "appt", "appen",
    "hoor", "hoort", "horen",
  ]
  /// The parent as the one contacted: "je", "u", "jullie", or both of them ("elkaar").
  private static let parentWords: Set<String> = ["je", "jou", "u", "jullie", "elkaar"]
  private static let relativeUnits: Set<String> = ["dag", "dagen", "week", "weken", "maand", "maanden"]
  private static let timeWords: Set<String> = [
    "om", "half", "kwart", "over", "voor", "uur", "in", "de", "ochtend", "middag", "avond", "na", "les",
    "schooltijd", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
  ]

  /// The day (and time) named in `text`, as the teacher wrote it, or a relative time ("volgende week"); nil
  /// when the text names none.
  static func phrase(in text: String) -> String? {
    let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "." && $0 != ":" }.map {
      String($0).trimmingCharacters(in: .init(charactersIn: ".:"))
    }.filter { !$0.isEmpty }
    let lower = words.map { $0.lowercased() }
    guard let dayIndex = lower.firstIndex(where: days.contains) else {
      // "over twee weken", "over drie dagen", "na de herfstvakantie", "volgende week": a relative time, as said.
      return firstRun(of: 3, in: lower) { $0[0] == "over" && relativeUnits.contains($0[2]) }
        ?? firstRun(of: 3, in: lower) { $0[0] == "na" && $0[1] == "de" && $0[2].hasSuffix("vakantie") }
        ?? firstRun(of: 2, in: lower) { before.contains($0[0]) && ["week", "keer"].contains($0[1]) }
    }
    var start = dayIndex
    if start > 0, before.contains(lower[start - 1]) { start -= 1 }
    if start > 1, lower[start - 1] == "week", before.contains(lower[start - 2]) { start -= 2 }
    // "om half negen", "om 16.00 uur", "om kwart over drie", "na de les": a few words after the day.
    var end = dayIndex
    while end + 1 < lower.count, end - dayIndex < 5,
      timeWords.contains(lower[end + 1]) || lower[end + 1].first?.isNumber == true
    {
      end += 1
    }
    while end > dayIndex, ["om", "de", "na", "in", "over", "voor", "half", "kwart"].contains(lower[end]) { end -= 1 }
    return lower[start...end].joined(separator: " ")
  }

  /// The time to echo when the parent accepts: when the teacher names several ("ik spreek meneer Bosman maandag,
  /// ik bel je uiterlijk woensdag"), the one at which she hears from the teacher; nil when that contact has no
  /// time of its own ("daarna bel ik je"), so that she does not confirm a time that was not hers.
  ///
  /// A contact clause that opens with its verb ("Over drie weken, op vrijdag, stuur ik u een mailtje") has its time
  /// in the phrases before it in the same sentence.
  static func echo(in text: String) -> String? {
    var clauses: [(text: String, fronted: String)] = []
    for sentence in text.lowercased().split(whereSeparator: { ".;:!?".contains($0) }) {
      var before: [String] = []
      for part in sentence.split(separator: ",") {
        for clause in part.components(separatedBy: " en ") {
          let first = clause.split { !$0.isLetter }.first.map(String.init) ?? ""
          clauses.append((clause, contactVerbs.contains(first) ? before.joined(separator: ", ") : ""))
          before.append(clause)
        }
      }
    }
    let contact = clauses.map { clause in (clause, Set(clause.text.split { !$0.isLetter }.map(String.init))) }.filter {
      !$0.1.isDisjoint(with: contactVerbs) && !$0.1.isDisjoint(with: parentWords)
    }
    if let timed = contact.lazy.compactMap({ phrase(in: $0.0.text) ?? phrase(in: $0.0.fronted) }).first {
      return timed
    }
    // Only a call, a mail or a message without a time makes the other times someone else's.
    let untimedCall = contact.contains { !$0.1.isDisjoint(with: callVerbs) }
    return untimedCall ? nil : phrase(in: text)
  }

  /// The first `length` consecutive words of `lower` that `matches` accepts, joined; nil when there are none.
  private static func firstRun(of length: Int, in lower: [String], where matches: ([String]) -> Bool)
    -> String?
  {
    guard lower.count >= length else { return nil }
    for start in 0...(lower.count - length) {
      let run = Array(lower[start..<(start + length)])
      if matches(run) { return run.joined(separator: " ") }
    }
    return nil
  }

  /// The parent's words accepting a proposal at `phrase`, before her own `line` (whose opening "Goed." it takes over).
  ///
  /// When she already accepted it in those words (a line in `said` starts with them), she confirms it in others.
  static func accepting(_ phrase: String, then line: String, said: Set<String> = []) -> String {
    var rest = Substring(line)
    for opening in ["Goed. ", "Goed, ", "Prima. ", "Oké. ", "Oke. "] where rest.hasPrefix(opening) {
      rest = rest.dropFirst(opening.count)
    }
    let accepted = "Goed, \(phrase) dan."
    if said.contains(where: { $0.hasPrefix(accepted) }) { return "Afgesproken dan: \(phrase). " + rest }
    return accepted + " " + rest
  }
}
