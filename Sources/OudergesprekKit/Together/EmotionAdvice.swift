/// What the colleague who plays the parent should play after the teacher's reply, and why, in plain Dutch:
/// "De docent benoemde je gevoel (gevoelsreflectie): je wordt iets rustiger. … Speel nu: opent zich wat (4/10)."
public struct EmotionAdvice: Sendable, Equatable {
  /// The emotion to play next.
  public var emotion: EmotionSnapshot
  /// The advice as one Dutch paragraph.
  public var text: String

  /// The advice for a step of the engine: the analysed reply and the events it produced.
  public init(events: [ConversationEvent], emotion now: EmotionSnapshot, scenario: Scenario) {
    emotion = now
    var analysis: ReplyAnalysis?
    var change: (from: EmotionSnapshot, to: EmotionSnapshot, reason: String?)?
    var outcome: ConversationOutcome?
    var earlyEnding = false
    for event in events {
      switch event {
      case .analysed(let found): analysis = found
      case .emotionChanged(let from, let to, let reason): change = (from, to, reason)
      case .ended(let ended): outcome = ended
      case .earlyEndingAdvised: earlyEnding = true
      case .parentSpeaks, .studentSpeaks, .timeRunningOut, .storyNoted, .lineChosen: break
      }
    }
    let markers = analysis?.markers ?? []
    var sentences: [String] = []
    if let change {
      let moves = Self.moves(
        Self.causes(of: change.from.state, to: change.to.state, among: markers, in: scenario) ?? markers)
      sentences.append("\(moves): \(Self.direction(from: change.from.intensity, to: change.to.intensity)).")
      if let reason = change.reason { sentences.append(TerminalText.neutralize(reason)) }
    } else {
      sentences.append("\(Self.moves(markers)): dat verandert weinig.")
    }
    let mood = "\(TerminalText.neutralize(now.name)) (\(now.intensity)/10)"
    switch outcome {
    case .opgelost?: sentences.append("Je bent klaar om afspraken te maken: rond af met je laatste zin.")
    case .geescaleerd?: sentences.append("Je breekt het gesprek af: zeg je laatste zin en loop weg.")
    default:
      sentences.append(change == nil ? "Blijf in je stemming: \(mood)." : "Speel nu: \(mood).")
      if earlyEnding { sentences.append("Laat merken dat jullie in een kringetje draaien.") }
    }
    text = sentences.joined(separator: " ")
  }

  /// The markers of the reply that match a transition from `from` to `to`; nil when none do.
  static func causes(of from: String, to: String, among markers: [Marker], in scenario: Scenario) -> [Marker]? {
    let selectors = scenario.emotions.transitions.filter { $0.applies(in: from) && $0.to == to }.flatMap(\.on)
    let matching = markers.filter { marker in selectors.contains { $0.matches([marker]) } }
    return matching.isEmpty ? nil : matching
  }

  /// "De docent benoemde je gevoel (gevoelsreflectie) en stelde een open vraag".
  static func moves(_ markers: [Marker]) -> String {
    guard !markers.isEmpty else { return "De docent zei niets wat je raakt" }
    return "De docent " + TeacherMovePhrases.list(markers.prefix(3).map(TeacherMovePhrases.past), last: "en")
  }

  /// "je wordt iets rustiger", "je wordt een stuk feller", "je stemming verandert".
  static func direction(from: Int, to: Int) -> String {
    switch to - from {
    case ...(-3): "je wordt een stuk rustiger"
    case ..<0: "je wordt iets rustiger"
    case 3...: "je wordt een stuk feller"
    case 1...: "je wordt iets feller"
    default: "je stemming verandert"
    }
  }
}
