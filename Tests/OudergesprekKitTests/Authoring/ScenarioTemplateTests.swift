import Foundation
import Testing

@testable import OudergesprekKit

/// `oudergesprek nieuw ID`: the starting scenario is valid, complete and never overwrites a file.
@Suite("Een nieuw scenario beginnen")
struct ScenarioTemplateTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("nieuw-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("het beginscenario laadt zonder meldingen en zijn testgesprekken slagen")
  func templateIsValid() throws {
    let loaded = ScenarioLoader.load(bytes: Array(ScenarioTemplate.json(id: "mijn-scenario").utf8), path: "x.json")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.detailedReport)")
    let scenario = try #require(loaded.scenario)
    #expect(scenario.id == "mijn-scenario")
    let plan = TestPlan.run(scenario)
    #expect(plan.conversations >= 3)
    #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
    #expect(
      Set(scenario.testConversations.flatMap(\.expectation.outcomes)) == [.opgelost, .geescaleerd, .gestopt, .tijdOm])
    #expect(scenario.story?.keyFacts.count == 3)
  }

  @Test("het beginscenario heeft $schema en elk veld uit het schema minstens één keer")
  func templateHasEveryField() throws {
    let root = try JSONParser.parse(Array(ScenarioTemplate.json(id: "mijn-scenario").utf8))
    #expect(root["$schema"]?.string == "./scenario.schema.json")
    let schema = try SchemaInstance()
    #expect(schema.problems(in: root).isEmpty, "\(schema.problems(in: root))")
    var present: Set<String> = []
    func collect(_ node: JSONNode) {
      for member in node.members ?? [] {
        present.insert(member.key)
        collect(member.value)
      }
      for element in node.elements ?? [] { collect(element) }
    }
    collect(root)
    let fields = Set(schema.objectPlaces().flatMap { $0.properties.map(\.key) })
    #expect(fields.subtracting(present).isEmpty, "ontbreekt: \(fields.subtracting(present).sorted())")
  }

  @Test("nieuw schrijft ID.json en overschrijft nooit een bestaand bestand")
  func createNeverOverwrites() throws {
    let folder = try Self.folder()
    let path = try ScenarioTemplate.create(id: "boze-vader", in: folder)
    #expect(path == folder + "/boze-vader.json")
    #expect(ScenarioLoader.load(file: path).diagnostics.isEmpty)
    try Data("mijn eigen werk".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: ScenarioTemplate.CreateError.exists(path: path)) {
      try ScenarioTemplate.create(id: "boze-vader", in: folder)
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "mijn eigen werk")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["boze-vader.json"])
  }

  @Test(
    "nieuw weigert een id dat geen scenario-id is en schrijft dan niets",
    arguments: [
      "", "Boze-Vader", "boze vader", "../buiten", "a/b", "-vader", "vader.json", String(repeating: "a", count: 65),
    ])
  func createRefusesBadIDs(id: String) throws {
    let folder = try Self.folder()
    #expect(throws: ScenarioTemplate.CreateError.invalidID(id)) { try ScenarioTemplate.create(id: id, in: folder) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test("een map waarin niet geschreven kan worden: een schrijffout met de reden")
  func createInMissingFolder() {
    #expect {
      try ScenarioTemplate.create(id: "vader", in: "/bestaat/niet")
    } throws: { error in
      guard case .unwritable(_, let reason)? = error as? ScenarioTemplate.CreateError else { return false }
      return reason == "de map bestaat niet"
    }
  }
}
