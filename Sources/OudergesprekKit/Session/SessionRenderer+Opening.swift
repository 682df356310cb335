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
    style.color(
      check.isComplete ? .green : .yellow,
      TextWrap.wrap("» Opening: " + check.comment, indent: "  ", hangingIndent: "    "))
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
