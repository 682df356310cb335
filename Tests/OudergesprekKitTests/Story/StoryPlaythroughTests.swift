import Testing

@testable import OudergesprekKit

/// Every scenario with a story, played by teachers generated from the story itself.
@Suite("Het verhaal van de ouder, gespeeld")
struct StoryPlaythroughTests {
  /// Every scenario in `Scenarios/` that has a `verhaal`.
  static let stories: [Scenario] = ScenarioCollectionTests.scenarios.filter { $0.story != nil }
  static let ids = stories.map(\.id)

  static func scenario(_ id: String) throws -> (Scenario, Story) {
    let scenario = try #require(stories.first { $0.id == id })
    return (scenario, try #require(scenario.story))
  }

  @Test("minstens het standaardscenario heeft een verhaal")
  func defaultHasStory() {
    #expect(Self.ids.contains(BuiltInScenario.id))
  }

  @Test("een vaardige docent vindt alle kern, noemt alle schoolpunten en bereikt 'opgelost'", arguments: ids)
  func skilledTeacherSucceeds(id: String) throws {
    let (scenario, story) = try Self.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    for seed: UInt64 in [1, 2, 3] {
      let played = StoryTeacher(scenario: scenario, story: story, style: .skilled).play(engine: engine, seed: seed)
      let found = Set(played.state.story.found.map(\.id))
      #expect(found == Set(story.keyFacts.map(\.id)), "\(id) seed \(seed): kern gevonden \(found.sorted())")
      #expect(story.schoolPoints.allSatisfy { played.state.story.hasRaised($0.id) }, "\(id) seed \(seed)")
      #expect(
        played.state.outcome == .opgelost,
        "\(id) seed \(seed): \(played.replies.count) beurten, \(played.state.emotion)")
      #expect(played.state.story.raised.allSatisfy { $0.manner == .ikBoodschap })
    }
  }

  @Test("een docent die alleen gevoelens benoemt, kalmeert misschien, maar bereikt 'opgelost' niet", arguments: ids)
  func feelingsOnlyTeacherFails(id: String) throws {
    let (scenario, story) = try Self.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let played = StoryTeacher(scenario: scenario, story: story, style: .feelingsOnly).play(engine: engine, seed: 1)
    #expect(played.state.outcome != .opgelost)
    #expect(played.state.story.found.count < story.keyFacts.count)
  }

  @Test("de juiste vraag te vroeg, bij een gespannen ouder, krijgt het terughoudende antwoord", arguments: ids)
  func rightQuestionTooEarlyIsGuarded(id: String) throws {
    let (scenario, story) = try Self.scenario(id)
    let start = try #require(scenario.emotions.state(scenario.emotions.start))
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    for fact in story.keyFacts where fact.after.isEmpty && start.intensity > fact.openUpToIntensity {
      let topic = try #require(story.topic(fact.topic))
      let (state, events) = engine.respond(
        to: ReplyAnalysis(text: fact.question, markers: [.openVraag], iMessageParts: []),
        in: engine.start(seed: 1).0)
      #expect(!state.story.hasFound(fact.id), "\(id): \(fact.id) komt al bij de eerste vraag")
      let said = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
      let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.first
      // The topic itself may be open at a lower trust than its key fact; only then may she tell about it.
      if choice?.reason == .topic && choice?.about == topic.id && start.intensity > topic.openUpToIntensity {
        #expect(said.allSatisfy { !topic.openLines.contains($0) }, "\(id): open antwoord op \(topic.id) bij spanning")
      }
    }
  }

  @Test("een gesprek over koken, vakantie en tuinieren krijgt geen regels uit het verhaal", arguments: ids)
  func unrelatedScriptGetsNoStory(id: String) throws {
    let (scenario, _) = try Self.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var state = engine.start(seed: 1).0
    let replies = [
      "Gaat u deze zomer nog op vakantie?", "Wat is uw favoriete recept?", "Houdt u van tuinieren?",
      "Heeft u een hond?", "Kijkt u graag films op Netflix?", "Hoe gaat het met de verbouwing van uw keuken?",
    ]
    var choices: [LineChoice] = []
    for reply in replies where !state.isOver {
      let (next, events) = engine.respond(
        to: ReplyAnalysis(text: reply, markers: [.openVraag], iMessageParts: []), in: state)
      state = next
      choices += events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }
    }
    #expect(state.story.found.isEmpty, "\(id)")
    #expect(!choices.contains { $0.reason == .topic || $0.reason == .paraphrase }, "\(id): \(choices)")
    // She says it is off the subject (an angry parent may walk out over it instead), and small talk does not
    // calm her: for her it is a change of subject (afleiden).
    let sideTracks = choices.filter { $0.reason == .sidetrack }.count
    #expect(sideTracks >= (state.outcome == .geescaleerd ? 1 : 2), "\(id): \(choices)")
    let start = engine.emotion(of: engine.start(seed: 1).0)
    #expect(engine.emotion(of: state).intensity >= start.intensity, "\(id): kletspraat kalmeert haar niet")
  }

  @Test("elke kernvraag wordt herkend, ook zonder hoofdletters en leestekens of met een tikfout", arguments: ids)
  func keyFactQuestionsAreRobust(id: String) throws {
    let (_, story) = try Self.scenario(id)
    let matcher = TopicMatcher(story: story)
    for fact in story.keyFacts {
      for variant in Self.variants(of: fact.question, topicWords: story.topic(fact.topic)?.words ?? []) {
        #expect(matcher.topics(in: variant).contains(fact.topic), "\(id): \"\(variant)\" vindt \(fact.topic) niet")
        #expect(matcher.questionShape(of: variant).opensWithQuestionWord || fact.question.hasSuffix("?"))
      }
    }
  }

  /// The question in lower case without punctuation, and with two letters swapped in the word that names the topic.
  static func variants(of question: String, topicWords: [String]) -> [String] {
    let plain = String(question.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " })
    var variants = [plain]
    let words = plain.split(separator: " ").map(String.init)
    let target = words.filter { word in topicWords.contains { $0.lowercased() == word } && word.count >= 5 }
      .max { $0.count < $1.count }
    if let target {
      var letters = Array(target)
      letters.swapAt(2, 3)
      variants.append(words.map { $0 == target ? String(letters) : $0 }.joined(separator: " "))
    }
    return variants
  }
}
