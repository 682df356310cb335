import Foundation
import OudergesprekKit

/// An analyser that finds exactly the markers a test gives for a reply, so these tests do not depend on
/// how well the real analyser recognises Dutch.
struct ScriptedAnalyzer: ReplyAnalyzer {
  var markers: [String: [Marker]]

  func analyze(_ reply: String) -> ReplyAnalysis {
    ReplyAnalysis(text: reply, markers: markers[reply] ?? [])
  }
}

enum TogetherFixtures {
  /// The built-in scenario: a worried mother, the student not at the table.
  static var mother: Scenario { BuiltInScenario.loaded.scenario! }

  /// A scenario with the student at the table (`Tests/Fixtures/leerling-erbij.json`).
  static var withStudent: Scenario {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // TogetherFixtures.swift, Together, OudergesprekKitTests
    return ScenarioLoader.load(file: url.appendingPathComponent("Fixtures/leerling-erbij.json").path).scenario!
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
    let engine = ConversationEngine(scenario: scenario, analyzer: ScriptedAnalyzer(markers: replies))
    return TogetherSession(
      engine: engine, seed: seed, style: .plain, studentPlayer: student, clock: { Date(timeIntervalSince1970: 0) })
  }
}
