import Testing

@testable import OudergesprekKit

/// The parent answers the reply she just heard: an open question gets her story, a plan answers her question,
/// the question after a paraphrase wins, and unrelated questions cost patience before she walks out.
@Suite("De ouder antwoordt op wat nu gezegd wordt")
struct StoryCurrentReplyTests {
  /// Plays `replies` through the real analyser; returns the final state and each step's events.
  func play(_ id: String, _ replies: [String], seed: UInt64 = 1) throws -> (
    ConversationState, [[ConversationEvent]], ConversationEngine
  ) {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (state, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed)
    return (state, steps, ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()))
  }

  func choice(_ events: [ConversationEvent]) -> LineChoice? {
    events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
  }

  @Test(
    "een open vraag over de zaak zonder onderwerp krijgt haar verhaal, geen vraag wat bedoeld wordt",
    arguments: [
      "Wat is er gebeurd met Sanne?", "Wat is er volgens u aan de hand?", "wat speelt er bij haar",
      "Hoe kijkt u zelf naar het rapport?",
    ])
  func openQuestionGetsStory(question: String) throws {
    let (_, steps, _) = try play("bezorgde-moeder-cijfers", ["Ik zie dat u zich zorgen maakt.", question])
    let last = try #require(steps.last.flatMap(choice))
    #expect(last.reason == .topic, "\(last)")
  }

  @Test("een vage vraag krijgt de vraag wat bedoeld wordt, een vraag over iets anders een zijpad")
  func vagueAndUnrelated() throws {
    let (_, steps, _) = try play(
      "bezorgde-moeder-cijfers",
      ["Ik zie dat u zich zorgen maakt.", "Hoe bedoelt u?", "Waar heeft u geparkeerd?", "Wat keek u gisteren op tv?"])
    #expect(steps.compactMap(choice).map(\.reason).suffix(3) == [.unclear, .sidetrack, .sidetrack])
  }

  @Test("een plan met dagen beantwoordt haar vraag wat school gaat doen, ook vóór ze hem stelt")
  func planAnswersHerQuestion() throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario("klacht-over-collega")
    let question = try #require(story.questions.first { $0.id == "wat-ga-je-doen" })
    let replies = [
      "Wat is er gebeurd?", "Ik begrijp dat u boos bent.", "Wat heeft Emma precies verteld?",
      "Ik bel u vrijdag, en maandag spreek ik meneer Bosman.", "Hoe gaat het nu met Emma?", "Ik hoor dat het u raakt.",
    ]
    let (state, steps, _) = try play(scenario.id, replies, seed: 2)
    let asked = try #require(state.story.asked.first { $0.id == question.id })
    #expect(asked.answeredAtTurn == 4)
    #expect(!steps.dropFirst(3).compactMap(choice).contains(LineChoice(.question, about: question.id)))
  }

  @Test("na een parafrase gevolgd door een vraag antwoordt ze op de vraag")
  func questionAfterParaphraseWins() throws {
    let (state, steps, _) = try play(
      "bezorgde-moeder-cijfers",
      ["Ik zie dat u zich zorgen maakt.", "Dus het is thuis stil geworden. Hoe gaat het met haar huiswerk?"])
    let last = try #require(steps.last.flatMap(choice))
    #expect(last.about == "huiswerk", "\(last)")
    #expect(state.story.found.isEmpty)
  }

  @Test("drie vragen over iets anders kosten geduld, maar ze loopt niet weg")
  func sideTracksCostPatience() throws {
    let replies = [
      "Wat is er gebeurd?", "Waar heeft u geparkeerd?", "Wat keek u gisteren op tv?", "Heeft u ook een hond?",
    ]
    for seed: UInt64 in 1...4 {
      let (state, steps, engine) = try play("sociale-media-nepaccount", replies, seed: seed)
      #expect(state.outcome == nil, "seed \(seed)")
      #expect(steps.dropFirst().compactMap(choice).allSatisfy { $0.reason == .sidetrack }, "seed \(seed)")
      let (calmer, _, _) = try play("sociale-media-nepaccount", Array(replies.prefix(1)), seed: seed)
      #expect(engine.emotion(of: state).intensity > engine.emotion(of: calmer).intensity, "seed \(seed)")
    }
  }

  @Test("aangesproken bij naam antwoordt de leerling, en de ouder antwoordt niet voor haar")
  func studentAnswersForHerself() throws {
    let (_, steps, _) = try play(
      "sociale-media-nepaccount", ["Wat is er gebeurd?", "Lina, hoe zie jij dat?", "En hoe voel jij je nu?"])
    for events in steps.dropFirst() {
      #expect(events.contains { if case .studentSpeaks = $0 { true } else { false } })
      #expect(!events.contains { if case .parentSpeaks = $0 { true } else { false } })
    }
  }

  @Test(
    "een brede woordgroep (hoe gaat het met Emma) raakt een onderwerp alleen als geen specifiek woord past",
    arguments: [
      ("Hoe gaat het met Emma 's ochtends?", ["ochtenden"]), ("Hoe gaat het met Emma?", ["zelfvertrouwen"]),
      ("Hoe is ze thuis?", ["emma-thuis"]),
    ])
  func broadPhraseIsFallback(reply: String, topics: [String]) throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario("klacht-over-collega")
    let matcher = TopicMatcher(story: story, names: [scenario.student?.name ?? ""])
    #expect(matcher.topics(in: reply) == topics)
  }
}
