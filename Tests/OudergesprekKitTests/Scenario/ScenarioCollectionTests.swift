import Foundation
import Testing

@testable import OudergesprekKit

/// The scenario library in `Scenarios/` as a whole: together the scenarios cover the list.
///
/// That every file loads without diagnostics and is named after its id is checked in `ScenarioLibraryTests`.
@Suite("Scenariobibliotheek: dekking en kwaliteit")
struct ScenarioCollectionTests {
  static let catalog = ScenarioCatalog.load(directory: ScenarioLibraryTests.directory)

  static var scenarios: [Scenario] { catalog.files.compactMap(\.scenario) }

  @Test("De bibliotheek dekt alle soorten, rollen, initiatieven en niveaus")
  func coverage() {
    let scenarios = Self.scenarios
    #expect(scenarios.count >= 13)
    #expect(scenarios.count == Self.catalog.files.count)
    let kinds = Set(scenarios.map(\.kind))
    for kind in ConversationKind.allCases where kind != .anders {
      #expect(kinds.contains(kind), "geen scenario van soort \(kind.rawValue)")
    }
    #expect(Set(scenarios.map(\.role)) == Set(TeacherRole.allCases))
    #expect(Set(scenarios.map(\.difficulty)) == Set(Difficulty.allCases))
    #expect(Set(scenarios.map(\.initiator)) == Set(Initiator.allCases))
    #expect(scenarios.contains { $0.studentPresent })
    #expect(scenarios.contains { !$0.studentPresent })
  }

  @Test("Een leerling aan tafel heeft in elke gewone toestand iets te zeggen")
  func presentStudentsSpeak() {
    for scenario in Self.scenarios where scenario.studentPresent {
      for state in scenario.emotions.states where state.ending == nil {
        #expect(!state.studentLines.isEmpty, "\(scenario.id): toestand \(state.id) heeft geen leerlingRegels")
      }
    }
  }

  @Test("Elk scenario heeft minstens vijf toestanden en gevarieerde regels")
  func richEmotionModels() {
    for scenario in Self.scenarios {
      let states = scenario.emotions.states
      #expect(states.count >= 5, "\(scenario.id) heeft \(states.count) toestanden")
      for state in states where state.ending == nil {
        #expect(state.lines.count >= 3, "\(scenario.id): toestand \(state.id) heeft maar \(state.lines.count) regels")
      }
    }
  }
}
