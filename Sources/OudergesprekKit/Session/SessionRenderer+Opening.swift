extension SessionRenderer {
  /// The start of a conversation the teacher opens.
  public func teacherOpens(prepared: String?) -> String {
    var text =
      "Jij opent dit gesprek: de school heeft erom gevraagd en \(safe(scenario.parent.name)) weet nog niet "
      + "precies waarom. Noem het doel, breng het nieuws in de eerste minuten en laat daarna ruimte voor de reactie."
    if let prepared {
      text += " Enter gebruikt je openingszin uit de voorbereiding: “\(safe(prepared))”"
    }
    return style.bold("Jij begint") + "\n" + TextWrap.wrap(text, indent: "  ")
  }

  /// The text of a step: the events, with opening feedback instead of the usual line for the teacher's opening,
  /// and the moment to end early told when it comes.
  public func renderStep(_ events: [ConversationEvent], opening: Bool) -> String {
    var parts: [String] = []
    var rest = events
    if opening, let index = events.firstIndex(where: { if case .analysed = $0 { true } else { false } }),
      case .analysed(let analysis) = events[index]
    {
      parts.append(openingFeedback(OpeningCheck(analysis)))
      rest.remove(at: index)
    }
    parts.append(render(rest))
    if events.contains(where: { if case .earlyEndingAdvised = $0 { true } else { false } }) {
      parts.append(earlyEndingMoment())
    }
    return parts.filter { !$0.isEmpty }.joined(separator: "\n")
  }

  /// The feedback on an opening: what it had, and the one thing to do next.
  public func openingFeedback(_ check: OpeningCheck) -> String {
    func mark(_ met: Bool, _ label: String) -> String { (met ? "[x] " : "[ ] ") + label }
    let items = [
      mark(check.purpose, "doel genoemd"), mark(check.news, "het nieuws gebracht"),
      mark(check.room, "ruimte voor de reactie"),
    ]
    let step: String
    if !check.purpose {
      step = "Begin met het doel: 'Ik heb u uitgenodigd omdat ik u iets moet vertellen over …'"
    } else if !check.news {
      step = "Breng het nieuws in de eerste minuten, helder en zonder omhaal; uitstellen maakt het zwaarder."
    } else if !check.room {
      step = "Stop na het nieuws met praten, of vraag: 'Wat doet dit met u?' De ouder heeft tijd nodig om te reageren."
    } else {
      step = "Goed geopend. Luister nu naar wat het nieuws met de ouder doet, voordat je uitlegt of oplossingen geeft."
    }
    let color: TextStyle.Color = check.isComplete ? .green : .yellow
    return style.color(
      color,
      TextWrap.wrap("» Opening: " + items.joined(separator: ", ") + ". " + step, indent: "  ", hangingIndent: "    "))
  }

  /// The moment to end early, told when it comes (the parent's line shows it; this says it in words).
  public func earlyEndingMoment() -> String {
    let why = scenario.earlyEnding.map { safe($0.explanation) } ?? "Het gesprek loopt vast."
    return style.color(
      .yellow,
      TextWrap.wrap(
        "» Moment om af te ronden: \(why) Typ /stop om het gesprek professioneel af te ronden.", indent: "  ",
        hangingIndent: "    "))
  }
}
