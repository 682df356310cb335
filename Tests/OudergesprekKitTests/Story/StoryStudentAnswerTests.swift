import Testing

@testable import OudergesprekKit

/// The student at the table answers what was asked: a line on the topic when the scenario has one, an honest
/// short answer otherwise, and no line twice while others are left (issue 11, round 2).
@Suite("De leerling aan tafel antwoordt op wat gevraagd is")
struct StoryStudentAnswerTests {
  func play(_ id: String, _ replies: [String], seed: UInt64) throws -> [[ConversationEvent]] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    return ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed).1
  }

  func studentLines(_ events: [ConversationEvent]) -> [String] {
    events.compactMap { if case .studentSpeaks(let line) = $0 { line } else { nil } }
  }

  @Test(
    "een vraag aan de leerling over een onderwerp krijgt een leerling-regel over dat onderwerp",
    arguments: [
      ("kennismaking-veeleisende-moeder", "Noor, hoe was groep 8 voor jou?", "groep-8"),
      ("kennismaking-veeleisende-moeder", "Noor, hoe gaat het met je planner?", "planner"),
      ("zittenblijven-rapportgesprek", "Finn, wat vinden je vrienden ervan?", "vrienden"),
      ("leerling-vraagt-gesprek-overbelast", "Mila, hoe slaap jij eigenlijk?", "slaap"),
      ("sociale-media-nepaccount", "Lina, hoe gaat het met je vriendinnen?", "vriendinnen"),
    ])
  func topicQuestionGetsTopicLine(id: String, question: String, topic: String) throws {
    let (_, story) = try StoryPlaythroughTests.scenario(id)
    let lines = try #require(story.topic(topic)?.studentLines)
    #expect(!lines.isEmpty)
    for seed: UInt64 in 1...3 {
      let steps = try play(id, ["Fijn dat jullie er zijn.", question], seed: seed)
      let said = try #require(steps.last.map(studentLines))
      #expect(said.count == 1 && lines.contains(said[0]), "seed \(seed): \(said)")
    }
  }

  @Test(
    "een vraag aan de leerling zonder onderwerp krijgt een eerlijk kort antwoord, geen regel van de toestand",
    arguments: [
      ("kennismaking-veeleisende-moeder", "Noor, klopt dat?"),
      ("zittenblijven-rapportgesprek", "Finn, klopt dat voor jou?"),
    ])
  func untopicalQuestionGetsHonestAnswer(id: String, question: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let stateLines = Set(scenario.emotions.states.flatMap(\.studentLines))
    for seed: UInt64 in 1...3 {
      let steps = try play(id, ["Fijn dat jullie er zijn.", question], seed: seed)
      let said = try #require(steps.last.map(studentLines))
      #expect(said.count == 1 && StudentDefaults.unsure.contains(said[0]), "seed \(seed): \(said)")
      #expect(said.allSatisfy { !stateLines.contains($0) })
    }
  }

  @Test(
    "een open vraag aan de leerling zonder onderwerp krijgt een leerling-regel van het verhaal",
    arguments: [
      ("leerling-vraagt-gesprek-overbelast", "Mila, wat wil jij vertellen?"),
      ("kennismaking-veeleisende-moeder", "Noor, wat vind jij zelf het moeilijkst?"),
    ])
  func openQuestionGetsStudentStory(id: String, question: String) throws {
    let (_, story) = try StoryPlaythroughTests.scenario(id)
    let lines = Set(story.topics.flatMap(\.studentLines))
    for seed: UInt64 in 1...3 {
      let steps = try play(id, ["Fijn dat jullie er zijn.", question], seed: seed)
      let said = try #require(steps.last.map(studentLines))
      #expect(said.count == 1 && lines.contains(said[0]), "seed \(seed): \(said)")
    }
  }

  @Test("dezelfde vraag drie keer: twee verschillende regels, daarna een korte verwijzing, geen herhaling")
  func noWordForWordRepeat() throws {
    let (_, story) = try StoryPlaythroughTests.scenario("leerling-vraagt-gesprek-overbelast")
    let lines = try #require(story.topic("slaap")?.studentLines)
    for seed: UInt64 in 1...4 {
      let question = "Mila, hoe slaap jij eigenlijk?"
      let said = try play("leerling-vraagt-gesprek-overbelast", [question, question, question], seed: seed)
        .flatMap(studentLines)
      #expect(said.count == 3, "seed \(seed)")
      #expect(Set(said.prefix(2)) == Set(lines.prefix(2)), "seed \(seed): \(said)")
      #expect(said.last.map(StudentDefaults.alreadySaid.contains) == true, "seed \(seed): \(said)")
    }
  }

  @Test("opmerkingen aan de leerling herhalen geen regel zolang er andere over zijn")
  func remarksDoNotRepeat() throws {
    let replies = Array(repeating: "Noor, fijn dat je er bent.", count: 5)
    for seed: UInt64 in 1...4 {
      let said = try play("kennismaking-veeleisende-moeder", replies, seed: seed).flatMap(studentLines)
      #expect(!said.isEmpty)
      #expect(Set(said).count == said.count, "seed \(seed): \(said)")
    }
  }

  @Test("leerling-regels zonder leerling aan tafel zijn een fout in controleer")
  func studentLinesNeedStudent() throws {
    let source = try String(contentsOfFile: Fixtures.path("goed/met-verhaal.json"), encoding: .utf8)
    let withLines = source.replacingOccurrences(
      of: "\"terughoudend\": [\"Prima.\"],", with: "\"terughoudend\": [\"Prima.\"], \"leerling\": [\"Gaat wel.\"],")
    #expect(withLines != source)
    let loaded = ScenarioLoader.load(bytes: Array(withLines.utf8), path: "x.json")
    #expect(loaded.diagnostics.contains { $0.severity == .fout && $0.message.contains("leerling") })
    #expect(!ScenarioLoader.load(bytes: Array(source.utf8), path: "x.json").hasErrors)
  }
}
