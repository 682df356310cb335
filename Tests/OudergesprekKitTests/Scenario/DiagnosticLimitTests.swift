import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Meldingen per bestand begrensd")
struct DiagnosticLimitTests {
  private func minimal() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("goed/minimaal.json")))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func load(_ object: [String: Any], options: JSONSerialization.WritingOptions = [.prettyPrinted])
    throws -> LoadedScenario
  {
    let data = try JSONSerialization.data(withJSONObject: object, options: options)
    return ScenarioLoader.load(bytes: Array(data), path: "veel.json")
  }

  @Test("duizenden onbekende velden: de eerste meldingen, dan een telling")
  func unknownFields() throws {
    var object = try minimal()
    for index in 0..<2_000 { object[String(format: "onbekend%04d", index)] = index }
    let loaded = try load(object)
    #expect(loaded.diagnostics.count == Diagnostic.limitPerFile)
    #expect(loaded.omittedErrors == 2_000 - Diagnostic.limitPerFile)
    #expect(loaded.hasErrors)
    #expect(loaded.scenario == nil)
    #expect(loaded.headlines.count == Diagnostic.limitPerFile + 1)
    #expect(loaded.headlines.last?.contains("\(2_000 - Diagnostic.limitPerFile)") == true)
    #expect(loaded.detailedReport.split(separator: "\n").count < 4 * Diagnostic.limitPerFile)
  }

  @Test("duizenden onbekende toestanden: korte meldingen, geen lijst van alle toestanden in elke")
  func unknownStates() throws {
    var object = try minimal()
    var emotions = try #require(object["emoties"] as? [String: Any])
    var states = try #require(emotions["toestanden"] as? [[String: Any]])
    let first = try #require(states.first)
    for index in 0..<1_000 {
      var state = first
      state["id"] = "extra-\(index)"
      states.append(state)
    }
    emotions["toestanden"] = states
    var transitions = try #require(emotions["overgangen"] as? [[String: Any]])
    for index in 0..<1_000 {
      transitions.append(["van": ["mist-\(index)"], "naar": "ook-mist-\(index)", "bij": ["ik-boodschap"]])
    }
    emotions["overgangen"] = transitions
    object["emoties"] = emotions
    let loaded = try load(object)
    #expect(loaded.diagnostics.count == Diagnostic.limitPerFile)
    #expect(loaded.omittedCount > 1_000)
    #expect(loaded.detailedReport.utf8.count < 100_000)
  }

  @Test("een regel van een minified bestand wordt rond de kolom getoond, niet helemaal")
  func longLineWindow() throws {
    var object = try minimal()
    object["titell"] = "x"
    object["toelichting"] = String(repeating: "lange tekst ", count: 5_000)
    let loaded = try load(object, options: [.sortedKeys])
    let report = loaded.detailedReport
    #expect(loaded.hasErrors)
    #expect(report.utf8.count < 2_000, "\(report.prefix(300))")
    // The caret stands under the field it points at.
    let lines = report.split(separator: "\n").map(String.init)
    let shown = try #require(lines.firstIndex { $0.hasPrefix(" 1 | ") && $0.contains("\"titell\"") })
    let caret = try #require(lines[shown + 1].firstIndex(of: "^"))
    let offset = lines[shown + 1].distance(from: lines[shown + 1].startIndex, to: caret)
    #expect(String(Array(lines[shown]).dropFirst(offset)).hasPrefix("\"titell\""), "\(lines[shown])")
  }

  @Test("waarschuwingen vooraan en een fout verderop: de fout telt nog steeds")
  func errorPastTheLimit() {
    var loaded = LoadedScenario(
      path: "x.json", source: nil, scenario: nil,
      diagnostics: (0..<Diagnostic.limitPerFile).map { .warning("w\($0)", at: nil) })
    #expect(!loaded.hasErrors)
    loaded.add(.error("laat", at: nil))
    #expect(loaded.hasErrors)
    #expect(loaded.omittedErrors == 1)
  }
}
