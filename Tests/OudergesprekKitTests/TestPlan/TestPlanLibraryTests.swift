import Foundation
import Testing

@testable import OudergesprekKit

/// The test conversations written in the scenario files of `Scenarios/`, played as `oudergesprek controleer` plays
/// them: what an author checks in the file is checked by `swift test` too.
@Suite("De testgesprekken van de scenario's in Scenarios/")
struct TestPlanLibraryTests {
  static let files = ScenarioCatalog.scenarioFiles(in: ScenarioLibraryTests.directory)

  @Test("elk testgesprek van elk scenario slaagt, met elke seed, en elk antwoord wordt gespeeld", arguments: files)
  func conversationsPass(path: String) throws {
    let loaded = ScenarioLoader.load(file: path)
    let scenario = try #require(loaded.scenario, "\(loaded.detailedReport)")
    let plan = TestPlan.run(scenario)
    let shown = plan.diagnostics.map { $0.headline(path: (path as NSString).lastPathComponent) }
    #expect(plan.diagnostics.isEmpty, "\(shown.joined(separator: "\n"))")
    #expect(plan.conversations == scenario.testConversations.count)
  }

  /// Once the library has test conversations, every scenario has the three the story format asks for: a skilled
  /// teacher who reaches the goal, one who does not, and the blockade path.
  @Test(
    "heeft de bibliotheek testgesprekken, dan heeft elk scenario een geslaagd, een niet geslaagd en een geëscaleerd")
  func everyScenarioHasTheThreePaths() {
    let scenarios = Self.files.compactMap { ScenarioLoader.load(file: $0).scenario }
    guard scenarios.contains(where: { !$0.testConversations.isEmpty }) else { return }
    for scenario in scenarios {
      let outcomes = scenario.testConversations.map(\.expectation.outcomes)
      #expect(outcomes.contains([.opgelost]), "\(scenario.id): geen testgesprek dat in opgelost eindigt")
      #expect(outcomes.contains([.geescaleerd]), "\(scenario.id): geen testgesprek dat in geescaleerd eindigt")
      #expect(
        outcomes.contains { !$0.contains(.opgelost) && $0 != [.geescaleerd] },
        "\(scenario.id): geen testgesprek van een docent die het doel niet haalt (gestopt of tijd-om)")
    }
  }
}
