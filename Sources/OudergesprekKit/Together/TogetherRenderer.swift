/// The Dutch text of a session with a colleague: prompts that say whose turn it is, suggestions, emotion advice,
/// the scoring questions and the two views side by side. Solo texts (briefing, feedback, closing) come from `base`.
public struct TogetherRenderer: Sendable {
  public let base: SessionRenderer
  public let roles: SessionRoles

  public init(scenario: Scenario, style: TextStyle, roles: SessionRoles) {
    base = SessionRenderer(scenario: scenario, style: style)
    self.roles = roles
  }

  public var style: TextStyle { base.style }
  private var scenario: Scenario { base.scenario }

  /// `ouder (collega)> `, `leerling (derde speler)> `, `docent> `, `collega, luisteren (1-5)> `.
  public func prompt(for turn: TogetherTurn) -> String {
    switch turn {
    case .parent: style.bold("ouder (\(roles.ouder.label))> ")
    case .student: style.bold("leerling (\((roles.leerling ?? .collega).label))> ")
    case .teacher: style.bold("docent> ")
    case .closing: style.bold("docent (afsluiting)> ")
    case .score(let criterion): style.bold("\(roles.ouder.label), \(criterion.label) (1-5)> ")
    case .comment: style.bold("\(roles.ouder.label), opmerking> ")
    case .finished: ""
    }
  }

  public func instructions() -> String {
    let student =
      roles.leerling.map { player in
        "\n"
          + TextWrap.wrap(
            "\(safe(scenario.student?.name ?? "De leerling")) zit erbij: spreekt de docent de leerling aan, dan typt "
              + "de \(player.label) bij 'leerling>' wat de leerling zegt (Enter: het voorstel).", indent: "  ")
      } ?? ""
    return """
      \(style.bold("Samen oefenen")): de \(roles.ouder.label) speelt de ouder, de docent antwoordt.
        Bij 'ouder>' typt de \(roles.ouder.label) wat de ouder zegt, of drukt op Enter voor het voorstel.
        Bij 'docent>' typt de docent het antwoord. Na elk antwoord zie je wat het deed en welke stemming
        de ouder nu speelt.\(student)
        Commando's: /hulp, /kaart, /tip, /opnieuw, /stop (docent); /rol, /stop (\(roles.ouder.label)).
      """
  }

  /// What a voice turn asks for: who speaks, in which mood, and the suggested line.
  public func intro(to turn: TogetherTurn) -> String {
    switch turn {
    case .parent(let suggestion, let emotion):
      return style.color(
        .cyan,
        TextWrap.wrap(
          "\(roles.ouder.label.capitalized): jij bent \(safe(scenario.parent.name)) \(base.emotionTag(emotion)). "
            + "Voorstel (Enter): \"\(safe(suggestion))\"", indent: "  ", hangingIndent: "    "))
    case .student(let suggestion):
      let name = safe(scenario.student?.name ?? "de leerling")
      let player = (roles.leerling ?? .collega).label
      return style.color(
        .cyan,
        TextWrap.wrap(
          "De docent sprak \(name) aan: \(name) is aan de beurt (\(player)). Voorstel (Enter): \"\(safe(suggestion))\"",
          indent: "  ", hangingIndent: "    "))
    case .score(let criterion):
      return criterion.colleagueQuestion
    case .comment:
      return "Wil je de docent nog iets meegeven? Typ een opmerking (Enter: geen)."
    case .teacher, .closing, .finished:
      return ""
    }
  }

  /// The line as spoken, with who said it and whether it was the suggestion.
  public func spoken(_ line: String, by speaker: TranscriptTurn.Speaker, emotion: EmotionSnapshot, suggested: Bool)
    -> String
  {
    let mark = suggested ? style.color(.gray, " (voorstel)") : ""
    // Laid out as in a solo session: who speaks on one line, what they say indented under it.
    if speaker == .leerling {
      return "\(style.bold(safe(scenario.student?.name ?? "Leerling"))) (leerling)\(mark):\n"
        + TextWrap.wrap(safe(line), indent: "  ")
    }
    let label = "\(safe(scenario.parent.name)) (\(safe(scenario.parent.relation)))"
    return "\(style.bold(label)) \(base.emotionTag(emotion))\(mark):\n" + TextWrap.wrap(safe(line), indent: "  ")
  }

  /// The analyser's feedback and the time notes of a teacher's step (the voices and advice are shown apart).
  public func teacherFeedback(_ events: [ConversationEvent]) -> String {
    base.render(
      events.filter { if case .analysed = $0 { true } else if case .timeRunningOut = $0 { true } else { false } })
  }

  /// The advice for the colleague who plays the parent.
  public func advice(_ advice: EmotionAdvice) -> String {
    style.color(
      .gray, TextWrap.wrap("» \(roles.ouder.label.capitalized): " + advice.text, indent: "  ", hangingIndent: "    "))
  }

  /// How the parent takes the closing words, for the colleague who plays the parent.
  public func closingAdvice(_ sentence: String) -> String {
    style.color(
      .gray, TextWrap.wrap("» \(roles.ouder.label.capitalized): " + sentence, indent: "  ", hangingIndent: "    "))
  }

  public func colleagueHelp() -> String {
    """
    Voor de \(roles.ouder.label): typ wat de ouder zegt, of druk op Enter voor het voorstel.
      /rol   de rolkaart nog eens (docent: even niet meekijken)
      /stop  de oefening nu beëindigen (zonder afronding) en de docent beoordelen
    """
  }

  public func scoringIntro() -> String {
    style.bold("Beoordeling door de \(roles.ouder.label)") + "\n"
      + "Geef de docent per onderdeel een cijfer van 1 (zwak) tot 5 (sterk); Enter slaat een onderdeel over."
  }

  public func invalidScore(_ answer: String) -> String {
    "'\(safe(String(answer.prefix(20))))' is geen cijfer van 1 tot en met 5. Typ 1, 2, 3, 4 of 5, of druk op Enter om over te slaan."
  }

  func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  func safe(_ text: String) -> String { TerminalText.neutralize(text) }
}
