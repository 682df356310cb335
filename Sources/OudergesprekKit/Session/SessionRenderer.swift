/// Turns engine events and session moments into the Dutch text the teacher reads.
public struct SessionRenderer: Sendable {
  public let scenario: Scenario
  public let style: TextStyle

  public init(scenario: Scenario, style: TextStyle) {
    self.scenario = scenario
    self.style = style
  }

  /// Why a session ended without `/stop`.
  public enum InterruptReason: Sendable {
    case endOfInput
    case interrupt
  }

  public var prompt: String { style.bold("jij> ") }

  private var parentLabel: String {
    "\(TerminalText.neutralize(scenario.parent.name)) (\(TerminalText.neutralize(scenario.parent.relation)))"
  }

  /// The briefing, then the seed that replays this session.
  public func briefing(seed: UInt64) -> String {
    briefing() + "\n\n"
      + style.color(.gray, "Seed \(seed): met --seed \(seed) speel je dit gesprek precies zo opnieuw.")
  }

  /// The briefing: what kind of conversation, the situation, what is known, the goal and the parent.
  public func briefing() -> String {
    let s = scenario
    var lines: [String] = []
    lines.append(style.bold("Oefengesprek: \(safe(s.title))"))
    lines.append(
      "Soort: \(s.kind.label) | Jij bent: \(s.role.rawValue) | Moeilijkheid: \(s.difficulty.rawValue) | Tijd: \(s.minutes) minuten"
    )
    var who = s.initiator.sentence
    if let student = s.student {
      who += " Leerling: \(safe(student.name)) (\(safe(student.group))), "
      who += student.present ? "zit bij het gesprek en praat mee." : "is niet bij het gesprek."
    }
    lines.append(who)
    lines.append("")
    lines.append(style.bold("Situatie"))
    lines.append(TextWrap.wrap(safe(s.briefing.situation), indent: "  "))
    if !s.briefing.known.isEmpty {
      lines.append(style.bold("Wat je weet"))
      for fact in s.briefing.known {
        lines.append(TextWrap.wrap("- " + safe(fact), indent: "  ", hangingIndent: "    "))
      }
    }
    lines.append(style.bold("Doel van het gesprek"))
    lines.append(TextWrap.wrap(safe(s.briefing.goal), indent: "  "))
    lines.append(style.bold("De ouder"))
    lines.append(
      TextWrap.wrap("\(safe(s.parent.name)), \(safe(s.parent.relation)). \(safe(s.parent.background))", indent: "  "))
    lines.append(TextWrap.wrap("Verwachting: \(safe(s.parent.expectation))", indent: "  "))
    lines.append(TextWrap.wrap("Spreekt je aan met: \(safe(s.parent.addressesTeacherAs))", indent: "  "))
    return lines.joined(separator: "\n")
  }

  public func instructions() -> String {
    "Typ wat je tegen de ouder zegt en druk op Enter. Commando's: /hulp, /kaart, /tip, /opnieuw, /stop (afronden)."
  }

  /// The text for a step's events.
  public func render(_ events: [ConversationEvent]) -> String {
    var lines: [String] = []
    for event in events {
      switch event {
      case .analysed(let analysis):
        lines.append(feedback(analysis))
      case .emotionChanged(let from, let to, let reason):
        let direction =
          to.intensity < from.intensity
          ? "wordt rustiger" : to.intensity > from.intensity ? "wordt heftiger" : "verandert"
        var text = "De ouder \(direction): \(safe(from.name)) → \(safe(to.name))."
        if let reason { text += " " + safe(reason) }
        lines.append(style.color(.gray, TextWrap.wrap(text, indent: "  ", hangingIndent: "    ")))
      case .studentSpeaks(let line):
        lines.append("\(style.bold(safe(scenario.student?.name ?? "Leerling"))) (leerling):")
        lines.append(TextWrap.wrap(safe(line), indent: "  "))
      case .parentSpeaks(let line, let emotion):
        lines.append("\(style.bold(parentLabel)) \(emotionTag(emotion)):")
        lines.append(TextWrap.wrap(safe(line), indent: "  "))
      case .earlyEndingAdvised, .storyNoted, .lineChosen:
        break  // The parent's line shows it; /tip and the report say it in words.
      case .timeRunningOut(let left):
        lines.append(
          style.color(
            .gray, left > 0 ? "  De tijd is bijna om: nog \(left) beurt\(left == 1 ? "" : "en")." : "  De tijd is om."))
      case .ended(let outcome):
        lines.append("")
        lines.append(style.bold(outcome.sentence))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `[gespannen en bezorgd 6/10]`, coloured by intensity on a terminal.
  public func emotionTag(_ emotion: EmotionSnapshot) -> String {
    let color: TextStyle.Color = emotion.intensity >= 8 ? .red : emotion.intensity >= 5 ? .yellow : .green
    return style.color(color, "[\(safe(emotion.name)) \(emotion.intensity)/10]")
  }

  /// The one-line feedback on a reply.
  public func feedback(_ analysis: ReplyAnalysis) -> String {
    let color: TextStyle.Color =
      analysis.markers.contains(where: \.isBlocking)
      ? .red : analysis.markers.isEmpty ? .gray : .green
    return style.color(
      color, TextWrap.wrap("» " + ReplyFeedback.line(for: analysis), indent: "  ", hangingIndent: "    "))
  }

  public func help() -> String {
    var lines = ["Commando's tijdens het gesprek:"]
    for command in SessionCommand.allCases {
      lines.append("  /\(command.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(command.summary)")
    }
    lines.append("Al het andere dat je typt, is je antwoord aan de ouder.")
    return lines.joined(separator: "\n")
  }

  public func unknownCommand(_ word: String) -> String {
    "Onbekend commando '/\(safe(word))'. Typ /hulp voor de commando's; je antwoord is niet verstuurd."
  }

  public func emptyReply() -> String {
    "Je antwoord is leeg. Typ wat je tegen de ouder zegt, of /hulp voor de commando's."
  }

  /// The briefing again, with Gordon's checklist.
  public func card() -> String {
    briefing() + "\n\n"
      + GordonChecklist.text(style: style)
  }

  public func interrupted(_ reason: InterruptReason) -> String {
    switch reason {
    case .endOfInput: "Einde van de invoer: het gesprek is beëindigd. Alles wat je typte, is bewaard."
    case .interrupt: "Onderbroken (Ctrl-C): het gesprek is beëindigd. Alles wat je typte, is bewaard."
    }
  }

  /// A short account at the end of the session, with the counts the report shows (`SessionReview.counts`).
  public func closing(_ transcript: Transcript) -> String {
    let review = SessionReview(transcript)
    var lines = [style.bold("Terugblik"), TextWrap.wrap(Self.countsSentence(review), indent: "  ")]
    if let last = transcript.turns.last(where: \.counts) {
      lines.append("  De ouder eindigde \(emotionTag(last.emotion)).")
    }
    return lines.joined(separator: "\n")
  }

  /// "Je gaf 4 antwoorden in het gesprek: …", and the closing words apart.
  static func countsSentence(_ review: SessionReview) -> String {
    let c = review.counts
    func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
    var text =
      "Je gaf \(n(c.replies, "antwoord", "antwoorden")) in het gesprek: \(c.listening) met actief luisteren, "
      + "\(n(c.iMessages, "ik-boodschap", "ik-boodschappen")) (\(c.completeIMessages) compleet), "
      + "\(n(c.partialIMessages, "aanzet", "aanzetten")) tot een ik-boodschap, \(n(c.blockades, "blokkade", "blokkades"))."
    let closing = review.closingReplies.count
    if closing > 0 { text += " Daarna \(n(closing, "zin", "zinnen")) om af te sluiten." }
    return text
  }

  func safe(_ text: String) -> String {
    TerminalText.neutralize(text)
  }
}
