import Foundation
import Testing

@testable import OudergesprekKit

/// `oefen ID` checks a scenario for use only (`ScenarioCheckDepth.usability`): the same usable scenarios and the
/// same errors as every check gives, only without the costly warnings.
@Suite("Een scenario laden om te spelen, zonder de dure waarschuwingen")
struct ScenarioCheckDepthTests {
  private func loaded(_ source: String, _ depth: ScenarioCheckDepth) -> LoadedScenario {
    ScenarioLoader.load(bytes: Array(source.utf8), path: "s.json", depth: depth)
  }

  private func errors(_ file: LoadedScenario) -> [String] {
    file.diagnostics.filter { $0.severity == .fout }.map { $0.headline(path: file.path) }
  }

  @Test("elk scenario van de bibliotheek is even bruikbaar, met dezelfde fouten en geen andere waarschuwingen")
  func librarySameUsability() throws {
    let folder = ScenarioLibraryTests.directory
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".json") && $0 != "scenario.schema.json" }
    #expect(names.count >= 10)
    for name in names {
      let source = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
      let complete = loaded(source, .complete)
      let usable = loaded(source, .usability)
      #expect(usable.scenario?.id == complete.scenario?.id, "\(name)")
      #expect(errors(usable) == errors(complete), "\(name)")
      let warnings = Set(complete.diagnostics.map { $0.headline(path: "s.json") })
      #expect(usable.diagnostics.allSatisfy { warnings.contains($0.headline(path: "s.json")) }, "\(name)")
    }
  }

  @Test("woorden die bij twee onderwerpen passen: een waarschuwing bij controleren, niet bij spelen")
  func overlapOnlyWhenComplete() throws {
    let source = BuiltInScenario.json
    let old = "\"woorden\": ["
    try #require(source.contains(old))
    // Every topic and point gets the same extra word: each pair of them overlaps.
    let shared = source.replacingOccurrences(of: old, with: old + "\"schoolreisje\", ")
    let complete = loaded(shared, .complete)
    let usable = loaded(shared, .usability)
    #expect(complete.diagnostics.contains { $0.severity == .waarschuwing && $0.message.contains("schoolreisje") })
    #expect(!usable.diagnostics.contains { $0.message.contains("schoolreisje") })
    #expect(usable.scenario != nil && complete.scenario != nil)
  }

  @Test("een fout in het verhaal staat er bij spelen net zo in, en maakt het scenario onbruikbaar")
  func errorsStayWhenPlaying() throws {
    let source = BuiltInScenario.json
    let old = "\"onderwerp\": \""
    try #require(source.contains(old))
    let broken = source.replacingOccurrences(of: old, with: old + "x", options: [], range: source.range(of: old))
    let complete = loaded(broken, .complete)
    let usable = loaded(broken, .usability)
    #expect(usable.scenario == nil && complete.scenario == nil)
    #expect(!errors(usable).isEmpty)
    #expect(errors(usable) == errors(complete))
  }
}
