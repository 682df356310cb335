import Foundation
import OudergesprekKit

enum TogetherFixtures {
  /// The built-in scenario: a worried mother, the student not at the table.
  static var mother: Scenario { BuiltInScenario.loaded.scenario! }

  /// A scenario with the student at the table (`Fixtures/goed/leerling-erbij.json`).
  static func withStudent() throws -> Scenario {
    let loaded = ScenarioLoader.load(file: Fixtures.path("goed/leerling-erbij.json"))
    guard let scenario = loaded.scenario else { throw Fixtures.FixtureError(report: loaded.detailedReport) }
    return scenario
  }

  static let replies: [String: [Marker]] = [
    "Ik hoor dat u zich zorgen maakt.": [.gevoelsreflectie],
    "Hoe ziet u dat?": [.openVraag],
    "U moet strenger zijn.": [.bevelen],
    "Daan, hoe zie jij dat?": [.openVraag],
    "Zullen we volgende week evalueren?": [.vervolgafspraak],
    "Dat is onzin.": [.argumenteren],
  ]

  static func session(_ scenario: Scenario = mother, student: Player = .collega, seed: UInt64 = 1) -> TogetherSession {
    let engine = ConversationEngine(scenario: scenario, analyzer: ScriptedAnalyzer(replies))
    return TogetherSession(
      engine: engine, seed: seed, style: .plain, studentPlayer: student, clock: { Date(timeIntervalSince1970: 0) })
  }
}
