import Foundation
import Testing

@testable import OudergesprekKit

@Suite("De scenario's in de map Scenarios")
struct ScenarioLibraryTests {
  static let directory = Fixtures.packageRoot.appendingPathComponent("Scenarios").path

  @Test("elk bestand in Scenarios/ laadt zonder fouten of waarschuwingen")
  func everyFileLoadsCleanly() {
    let catalog = ScenarioCatalog.load(directory: Self.directory)
    #expect(!catalog.files.isEmpty)
    for file in catalog.files {
      #expect(file.diagnostics.isEmpty, "\(file.detailedReport)")
      let name = (file.path as NSString).lastPathComponent
      #expect(file.scenario.map { "\($0.id).json" } == name, "bestandsnaam en id horen gelijk te zijn: \(name)")
    }
  }

  @Test("het ingebouwde standaardscenario is precies het bestand in Scenarios/")
  func builtInMatchesFile() throws {
    let file = try String(contentsOfFile: "\(Self.directory)/\(BuiltInScenario.id).json", encoding: .utf8)
    #expect(
      file.trimmingCharacters(in: .newlines) == BuiltInScenario.json,
      "voer scripts/embed-default-scenario uit na het wijzigen van het standaardscenario")
    #expect(BuiltInScenario.loaded.diagnostics.isEmpty)
  }

  @Test("zonder map is het ingebouwde scenario er altijd")
  func builtInWithoutDirectory() {
    let catalog = ScenarioCatalog(files: [], directory: nil)
    #expect(catalog.scenarios.map(\.id) == [BuiltInScenario.id])
    #expect(catalog.defaultScenario.id == BuiltInScenario.id)
  }

  @Test("de scenariomap: eerst --scenarios, dan de omgeving, dan de werkmap, dan de checkout")
  func directoryResolution() throws {
    let root = Fixtures.packageRoot.path
    #expect(
      ScenarioDirectory.resolve(option: "/x", environment: ["OUDERGESPREK_SCENARIOS": "/y"], workingDirectory: root)?
        .source == .option)
    #expect(
      ScenarioDirectory.resolve(option: nil, environment: ["OUDERGESPREK_SCENARIOS": "/y"], workingDirectory: root)?
        .path == "/y")
    #expect(
      ScenarioDirectory.resolve(option: nil, environment: [:], workingDirectory: root)?.source == .workingDirectory)
    #expect(
      ScenarioDirectory.resolve(option: nil, environment: [:], workingDirectory: "/", checkout: root)?.source
        == .checkout)
    #expect(
      ScenarioDirectory.resolve(option: nil, environment: [:], workingDirectory: "/", checkout: "/nergens") == nil)
  }
}
