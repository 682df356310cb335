import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Het verhaal van de ouder lezen en controleren")
struct StoryDecodingTests {
  @Test(
    "een fout of waarschuwing in het verhaal noemt de juiste regel en wat er mis is",
    arguments: [
      ("verhaal-onbekend-onderwerp.json", "\"thuiss\"", Diagnostic.Severity.fout, "bedoelt u \"thuis\""),
      ("verhaal-onbekende-na.json", "\"gedragg\"", .fout, "bedoelt u \"gedrag\""),
      ("regel-na-onbekend.json", "\"afspraak\"", .fout, "noemt \"afspraak\""),
      ("verhaal-waarschuwingen.json", "\"gezinnen\"", .waarschuwing, "ook past bij \"gezin\""),
      ("verhaal-waarschuwingen.json", "\"id\": \"school\"", .waarschuwing, "geen terughoudende regel"),
      ("verhaal-waarschuwingen.json", "\"id\": \"geheim\"", .waarschuwing, "onbereikbaar"),
    ])
  func brokenStories(name: String, needle: String, severity: Diagnostic.Severity, message: String) throws {
    let path = Fixtures.path("kapot/" + name)
    let loaded = ScenarioLoader.load(file: path)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let expectedLine =
      try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }) + 1
    let match = loaded.diagnostics.first { $0.message.contains(message) }
    #expect(match != nil, "geen melding met '\(message)' in:\n\(loaded.detailedReport)")
    #expect(match?.severity == severity)
    #expect(match?.location?.line == expectedLine, "\(loaded.detailedReport)")
    #expect((loaded.scenario == nil) == (severity == .fout))
  }

  @Test("een scenario met verhaal levert onderwerpen, kern, schoolpunten en vragen op")
  func storyDecodes() throws {
    let loaded = ScenarioLoader.load(file: Fixtures.path("goed/met-verhaal.json"))
    #expect(!loaded.hasErrors, "\(loaded.detailedReport)")
    let story = try #require(loaded.scenario?.story)
    #expect(story.topics.map(\.id) == ["thuis", "school"])
    #expect(story.keyFacts.map(\.topic) == ["thuis"])
    #expect(story.schoolPoints.map(\.id) == ["gedrag"])
    #expect(story.questions.first?.fromTurn == 1)
    #expect(story.confirmLines.isEmpty)
  }

  @Test("een oud scenario zonder verhaal laadt nog gewoon, zonder verhaal")
  func oldScenarioLoads() {
    let loaded = ScenarioLoader.load(file: Fixtures.path("goed/minimaal.json"))
    #expect(loaded.diagnostics.isEmpty)
    #expect(loaded.scenario != nil)
    #expect(loaded.scenario?.story == nil)
  }

  @Test("testgesprekken worden geaccepteerd zonder melding over een onbekend veld; een verkeerd type niet")
  func testConversationsAreSkipped() throws {
    let source = try String(contentsOfFile: Fixtures.path("goed/minimaal.json"), encoding: .utf8)
    let withTests = source.replacingOccurrences(
      of: "\n}", with: ",\n  \"testgesprekken\": [{ \"naam\": \"x\", \"seed\": 1, \"antwoorden\": [\"Hallo.\"] }]\n}")
    #expect(ScenarioLoader.load(bytes: Array(withTests.utf8), path: "x.json").diagnostics.isEmpty)
    let wrong = source.replacingOccurrences(of: "\n}", with: ",\n  \"testgesprekken\": \"nee\"\n}")
    #expect(ScenarioLoader.load(bytes: Array(wrong.utf8), path: "x.json").hasErrors)
  }

  @Test("een regel als object wacht op zijn ids; gewone regels wachten nergens op")
  func stateLineConditions() throws {
    let scenario = try #require(BuiltInScenario.loaded.scenario)
    let state = try #require(scenario.emotions.state("opent-zich"))
    let waiting = state.lines.indices.filter { !state.conditions(ofLine: $0).isEmpty }
    #expect(!waiting.isEmpty)
    #expect(waiting.allSatisfy { state.conditions(ofLine: $0).allSatisfy((scenario.story?.allIDs ?? []).contains) })
    #expect(state.conditions(ofLine: state.lines.count + 3).isEmpty)
  }
}
