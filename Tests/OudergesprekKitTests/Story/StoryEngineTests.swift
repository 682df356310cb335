import Testing

@testable import OudergesprekKit

/// The rules by which the parent's next line is chosen, on the default scenario's story.
@Suite("Hoe de ouder haar volgende zin kiest")
struct StoryEngineTests {
  let scenario = BuiltInScenario.loaded.scenario!
  var story: Story { scenario.story! }
  var engine: ConversationEngine { ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()) }

  /// Plays replies with the markers they are written to carry; returns the final state and each step's choice.
  func play(_ replies: [(String, [Marker])], seed: UInt64 = 1) -> (ConversationState, [LineChoice], [String]) {
    var state = engine.start(seed: seed).0
    var choices: [LineChoice] = []
    var lines: [String] = []
    for (text, markers) in replies where !state.isOver {
      let (next, events) = engine.respond(
        to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state)
      state = next
      choices += events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }
      lines += events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    }
    return (state, choices, lines)
  }

  let calm: (String, [Marker]) = ("Ik hoor dat u zich zorgen maakt.", [.gevoelsreflectie])

  @Test("een vraag over een onderwerp krijgt een antwoord over dat onderwerp")
  func topicQuestionGetsTopicAnswer() {
    let (_, choices, lines) = play([calm, ("Hoe gaat het met haar huiswerk?", [.openVraag])])
    #expect(choices.last == LineChoice(.topic, about: "huiswerk"))
    let topic = story.topic("huiswerk")!
    #expect((topic.openLines + topic.guardedLines).contains(lines.last!))
  }

  @Test(
    "onderwerpen worden herkend in vervoegingen, samenstellingen, kleine letters en met een tikfout",
    arguments: [
      ("Hoe gaat het met het wiskundehuiswerk?", "huiswerk"), ("hoe slaapt ze", "slaap"),
      ("Slaapt Sanne goed?", "slaap"), ("Heeft ze nog vriendinnetjes?", "vriendinnen"),
      ("Hoe gaat het met haar vriendinen?", "vriendinnen"), ("Ze neemt het serieus.", nil),
    ])
  func topicRecognition(reply: String, topic: String?) {
    let topics = TopicMatcher(story: story).topics(in: reply)
    if let topic { #expect(topics.contains(topic), "\(topics)") } else { #expect(topics.isEmpty, "\(topics)") }
  }

  @Test("een parafrase van wat ze vertelde wordt bevestigd, van wat ze niet zei gecorrigeerd")
  func paraphrases() {
    let (state, choices, _) = play([
      calm, ("Hoe gaat het thuis met Sanne sinds de kerstvakantie?", [.openVraag]),
      ("Dus u zegt dat het thuis stil is sinds haar vader vertrok.", [.parafrase]),
      ("Dus u zegt dat haar huiswerk niet af is.", [.parafrase]),
    ])
    #expect(state.story.hasFound("scheiding"))
    #expect(choices.suffix(2).map(\.reason) == [.paraphrase, .paraphrase])
    let (_, _, lines) = play([
      calm, ("Hoe gaat het thuis met Sanne sinds de kerstvakantie?", [.openVraag]),
      ("Dus u zegt dat het thuis stil is sinds haar vader vertrok.", [.parafrase]),
      ("Dus u zegt dat haar huiswerk niet af is.", [.parafrase]),
    ])
    #expect(story.confirmLines.contains(lines[lines.count - 2]))
    #expect(story.correctLines.contains(lines[lines.count - 1]))
  }

  @Test("een vraag over koken of vakantie krijgt een zijpad-zin, geen regel uit het verhaal")
  func unrelatedQuestionIsSideTrack() {
    let (state, choices, lines) = play([calm, ("Gaat u deze zomer nog op vakantie?", [.openVraag])])
    #expect(choices.last?.reason == .sidetrack)
    // Calm, she may answer it kindly once and steer back; tense, with her own side-track line.
    let kind = StoryDefaults.friendlyAside(child: scenario.student?.name)
    #expect((story.sideTrackLines + kind).contains(lines.last!))
    #expect(state.story.found.isEmpty)
  }

  @Test("haar vraag die genegeerd wordt, stelt ze opnieuw; daarna wordt ze gespannener")
  func ignoredQuestion() throws {
    var replies: [(String, [Marker])] = [calm, ("Ik maak me zorgen over haar cijfers.", [.ikBoodschap])]
    var (state, choices, _) = play(replies)
    // She asks about the dossier once the grades came up, on a turn without a topic.
    replies.append(("Dat begrijp ik.", []))
    (state, choices, _) = play(replies)
    #expect(choices.last == LineChoice(.question, about: "dossier"))
    replies.append(("Ik begrijp het.", []))
    (state, choices, _) = play(replies)
    #expect(choices.last == LineChoice(.question, about: "dossier"))
    let before = try #require(scenario.emotions.state(state.emotion)).intensity
    replies.append(("Ja.", []))
    (state, choices, _) = play(replies)
    #expect(try #require(scenario.emotions.state(state.emotion)).intensity > before)
    #expect(state.story.asked.first?.answeredAtTurn == nil)
    // Answered instead: the question is settled.
    let answered = play(replies.prefix(3) + [("Nee, dit komt niet in haar dossier.", [])]).0
    #expect(answered.story.asked.first?.answeredAtTurn == 4)
  }

  @Test("een regel met na wacht tot alles uit na ter sprake is gekomen")
  func conditionedLinesWait() {
    var state = engine.start(seed: 4).0
    let lines = scenario.emotions.states.flatMap { emotion in
      emotion.lines.indices.map { (emotion.lines[$0], emotion.conditions(ofLine: $0)) }
    }
    let conditioned = Dictionary(lines.filter { !$0.1.isEmpty }, uniquingKeysWith: { a, _ in a })
    for turn in 0..<20 where !state.isOver {
      let reply = turn % 2 == 0 ? calm : ("Dat is vervelend.", [Marker.gevoelsreflectie])
      let (next, events) = engine.respond(
        to: ReplyAnalysis(text: reply.0, markers: reply.1, iMessageParts: []), in: state)
      state = next
      for case .parentSpeaks(let line, _) in events {
        if let ids = conditioned[line] { #expect(ids.allSatisfy(state.story.isSettled), "\(line)") }
      }
    }
  }

  @Test("een kalme ouder loopt niet weg na één blokkade; het kost wel vertrouwen")
  func oneBlockadeCostsTrust() throws {
    let states = [
      EmotionState(id: "rustig", name: "rustig", intensity: 3, lines: ["Vertelt u maar."]),
      EmotionState(id: "gespannen", name: "gespannen", intensity: 6, lines: ["Hm."]),
      EmotionState(id: "weg", name: "weg", intensity: 10, lines: ["Ik ga."], ending: .geescaleerd),
      EmotionState(id: "goed", name: "goed", intensity: 1, lines: ["Prima."], ending: .opgelost),
    ]
    let transitions = [
      EmotionTransition(from: ["rustig"], to: "weg", on: [.family(.blokkade)]),
      EmotionTransition(from: ["rustig"], to: "gespannen", on: [.family(.jijBoodschap)]),
      EmotionTransition(from: ["gespannen"], to: "weg", on: [.family(.blokkade)]),
      EmotionTransition(from: ["rustig"], to: "goed", on: [.marker(.vervolgafspraak)]),
    ]
    var calmParent = scenario
    calmParent.emotions = EmotionModel(start: "rustig", states: states, transitions: transitions, reactions: [])
    calmParent.story = nil
    let engine = ConversationEngine(scenario: calmParent, analyzer: DutchReplyAnalyzer())
    let blockade = ReplyAnalysis(text: "U moet strenger zijn.", markers: [.bevelen], iMessageParts: [])
    let (once, _) = engine.respond(to: blockade, in: engine.start(seed: 1).0)
    #expect(once.outcome == nil)
    #expect(once.emotion == "gespannen")
    let (twice, _) = engine.respond(to: blockade, in: once)
    #expect(twice.outcome == .geescaleerd)
  }

  @Test(
    "de ouder neemt de dag en tijd van het voorstel van de docent over",
    arguments: [
      ("Zullen we volgende week donderdag om half negen verder praten?", "volgende week donderdag om half negen"),
      ("Ik bel u vrijdag na de les.", "vrijdag na de les"),
      ("Zullen we over twee weken evalueren?", "over twee weken"),
      ("Laten we volgende week samen kijken hoe het gaat.", "volgende week"),
    ])
  func proposalEcho(text: String, expected: String?) {
    #expect(ProposalEcho.phrase(in: text) == expected)
  }

  @Test("een vaardig gesprek herhaalt geen zin van de ouder woord voor woord")
  func noRepeats() {
    let played = StoryTeacher(scenario: scenario, story: story, style: .skilled).play(engine: engine, seed: 5)
    let lines = played.steps.flatMap { $0.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } } }
    #expect(Set(lines).count == lines.count, "\(lines)")
    #expect(played.state.outcome == .opgelost)
  }
}

/// `/tip` and the closing, with a story.
@Suite("Tip en afronding bij een verhaal")
struct StoryTipTests {
  let scenario = BuiltInScenario.loaded.scenario!

  @Test("/tip wijst op wat nog onbekend is, niet op aantallen technieken")
  func tipPointsAtUnexploredContent() throws {
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let renderer = SessionRenderer(scenario: scenario, style: .plain)
    var state = engine.start(seed: 1).0
    let first = renderer.tip(engine: engine, state: state)
    #expect(first.contains(try #require(scenario.story?.topic("thuis")).name))
    #expect(!first.contains("achter elkaar"))
    #expect(!first.contains("helpt nu"))
    let played = StoryTeacher(scenario: scenario, story: scenario.story!, style: .skilled)
    state = played.play(engine: engine, seed: 1).state
    state.outcome = nil
    #expect(renderer.tip(engine: engine, state: state).contains("vervolgafspraak"))
  }

  @Test(
    "een kalme ouder loopt in de afronding niet weg om één botte zin, een boze wel", arguments: [(3, false), (8, true)])
  func closingWalkOut(intensity: Int, walksOut: Bool) {
    var flow = EndingFlow(kind: .opTijd, startedAtTurn: 6, parentIntensity: intensity)
    let rude = ReplyAnalysis(text: "Als dit zo doorgaat, blijft ze zitten.", markers: [.waarschuwen], iMessageParts: [])
    let step = flow.add(rude)
    #expect((step == .finished(.looptWeg)) == walksOut)
    if !walksOut { #expect(flow.add(rude) == .finished(.looptWeg)) }
  }
}
