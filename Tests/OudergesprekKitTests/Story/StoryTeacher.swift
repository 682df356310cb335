@testable import OudergesprekKit

/// A teacher generated from a scenario's story, who plays a whole conversation through the engine.
///
/// Each reply comes with the markers it is written to carry, so the test measures the story engine, not the
/// analyser (a second run can use the real analyser instead).
struct StoryTeacher {
  /// How the teacher goes about it.
  enum Style {
    /// Builds trust by listening, asks each key fact's question, raises each school's point as an
    /// ik-boodschap, answers the parent's questions and closes with a concrete proposal.
    case skilled
    /// Only reflects feelings and says it is unpleasant.
    case feelingsOnly
  }

  let scenario: Scenario
  let story: Story
  let style: Style

  static let listening: [(String, [Marker])] = [
    ("Ik hoor dat u zich zorgen maakt.", [.gevoelsreflectie]),
    ("Ik merk dat dit u echt raakt.", [.gevoelsreflectie]),
    ("Dat is vervelend voor u.", [.gevoelsreflectie]),
    ("Ik begrijp dat dit niet makkelijk voor u is.", [.gevoelsreflectie]),
  ]

  static let proposals: [(String, [Marker])] = [
    (
      "Zullen we volgende week dinsdag om half negen verder praten, en spreken we dan af wie wat doet?",
      [.vervolgafspraak]
    ),
    ("Samengevat: we weten nu beter wat er speelt, en we maken samen een plan voor de komende weken.", [.samenvatting]),
  ]

  /// One played conversation: the final state and every step's events, with the replies.
  struct Played {
    var state: ConversationState
    var replies: [ReplyAnalysis] = []
    var steps: [[ConversationEvent]] = []
    var choices: [LineChoice] { steps.flatMap { $0.compactMap { if case .lineChosen(let c) = $0 { c } else { nil } } } }
  }

  func play(engine: ConversationEngine, seed: UInt64, analyzer: (any ReplyAnalyzer)? = nil) -> Played {
    var played = Played(state: engine.start(seed: seed).0)
    let limit = 2 * scenario.turnBudget
    var listened = 0
    var asked: [String: Int] = [:]
    var proposed = 0
    while !played.state.isOver && played.replies.count < limit {
      let (text, markers) = next(played, listened: &listened, asked: &asked, proposed: &proposed)
      let analysis = analyzer?.analyze(text) ?? ReplyAnalysis(text: text, markers: markers, iMessageParts: [])
      let (state, events) = engine.respond(to: analysis, in: played.state)
      played.state = state
      played.replies.append(analysis)
      played.steps.append(events)
    }
    return played
  }

  private func next(
    _ played: Played, listened: inout Int, asked: inout [String: Int], proposed: inout Int
  ) -> (String, [Marker]) {
    func listen() -> (String, [Marker]) {
      defer { listened += 1 }
      return Self.listening[listened % Self.listening.count]
    }
    guard style == .skilled else { return listen() }
    let progress = played.state.story
    let intensity = scenario.emotions.state(played.state.emotion)?.intensity ?? 10
    // Her question first: a reply that contains its answer words.
    if let pending = progress.pendingQuestion, pending.timesIgnored < 2,
      let question = story.questions.first(where: { $0.id == pending.id }), let word = question.answerWords.first
    {
      return ("Goede vraag. Wat \(word) betreft: daar ben ik eerlijk over, dat leg ik u graag uit.", [])
    }
    // Trust first: listen while she is tenser than the next key fact needs.
    let open = story.keyFacts.filter { fact in
      !progress.hasFound(fact.id) && fact.after.allSatisfy { progress.hasFound($0) || progress.mentioned.contains($0) }
    }
    if let fact = open.first {
      if intensity > fact.openUpToIntensity || (asked[fact.id] ?? 0) > listened { return listen() }
      asked[fact.id, default: 0] += 1
      return (fact.question, [.openVraag])
    }
    if let point = story.schoolPoints.first(where: { !progress.hasRaised($0.id) }) {
      let word = point.words.first ?? ""
      return ("Ik maak me zorgen over \(word), want ik wil dat het goed gaat. \(point.point)", [.ikBoodschap])
    }
    defer { proposed += 1 }
    return proposed % 3 == 2 ? listen() : Self.proposals[proposed % 3 % Self.proposals.count]
  }
}
