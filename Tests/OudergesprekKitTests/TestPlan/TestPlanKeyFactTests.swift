import Foundation
import Testing

@testable import OudergesprekKit

/// `kernGevonden` and `kernNietGevonden`: checked against the key facts the story engine records as found.
@Suite("Testgesprekken: gevonden en niet gevonden kern")
struct TestPlanKeyFactTests {
  static let path = Fixtures.path("testgesprekken/kern.json")
  let loaded = ScenarioLoader.load(file: path)
  let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""

  func diagnostics() throws -> [Diagnostic] {
    let scenario = try #require(loaded.scenario, "\(loaded.detailedReport)")
    return TestPlan.run(scenario).diagnostics
  }

  @Test("een kern die niet gevonden werd: een fout op zijn regel in kernGevonden, met wat wel gevonden werd")
  func missingKeyFact() throws {
    #expect(loaded.diagnostics.isEmpty, "\(loaded.detailedReport)")
    let found = try diagnostics().filter { $0.message.hasPrefix("testgesprek 'vraagt niet naar de bus'") }
    let diagnostic = try #require(found.first)
    #expect(found.count == 1, "nachtdienst is wel gevonden: alleen bus mist")
    #expect(diagnostic.severity == .fout)
    #expect(diagnostic.message.contains("vond kern bus niet (wel gevonden: nachtdienst"))
    #expect(diagnostic.message.contains("een vraag die hem opent: 'Hoe komt Daan met de bus naar school?'"))
    let line = TestPlanFixture.line(of: "\"bus\"", after: "\"naam\": \"vraagt niet naar de bus\"", in: text)
    #expect(diagnostic.location?.line == line)
  }

  @Test("een kern die niet gevonden mocht worden: een fout met de beurt en de vraag die hem opende")
  func unwantedKeyFact() throws {
    let found = try diagnostics().filter { $0.message.hasPrefix("testgesprek 'vindt wat verborgen moest blijven'") }
    let diagnostic = try #require(found.first)
    #expect(found.count == 1)
    #expect(
      diagnostic.message.contains(
        "vond kern nachtdienst toch, in beurt 3: 'Hoe gaat het met uw werk en uw diensten de laatste tijd?'"))
    let line = TestPlanFixture.line(
      of: "\"nachtdienst\"", after: "\"naam\": \"vindt wat verborgen moest blijven\"", in: text)
    #expect(diagnostic.location?.line == line)
  }

  @Test("een kern-id dat niet bestaat: een fout bij het lezen, met een suggestie; zonder verhaal ook")
  func unknownKeyFact() throws {
    let source = text.replacingOccurrences(of: "\"bus\"\n", with: "\"buss\"\n")
    let broken = ScenarioLoader.load(bytes: Array(source.utf8), path: "kern.json")
    let match = try #require(broken.diagnostics.first { $0.message.contains("noemt kern \"buss\"") })
    #expect(match.severity == .fout)
    #expect(match.message.contains("bedoelt u \"bus\"?"))
    #expect(match.location?.line == TestPlanFixture.line(of: "\"buss\"", in: source))

    let json =
      "[{ \"naam\": \"x\", \"antwoorden\": [\"Hallo.\"],\n \"verwacht\": { \"uitkomst\": \"gestopt\", \"kernGevonden\": [\"a\"] } }]"
    let (minimal, _) = try TestPlanFixture.minimal(withTests: json)
    #expect(minimal.diagnostics.contains { $0.message.contains("dit scenario heeft geen verhaal.kern") })
  }
}
