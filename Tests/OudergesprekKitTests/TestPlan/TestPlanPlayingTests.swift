import Foundation
import Testing

@testable import OudergesprekKit

/// Playing the test conversations of a scenario file, and the `fout` for each way one can fail, at the line of the
/// expectation it did not meet.
@Suite("Testgesprekken spelen")
struct TestPlanPlayingTests {
  let fixture = TestPlanFixture.played

  /// The diagnostics about one test conversation of the fixture.
  func diagnostics(of name: String) -> [Diagnostic] {
    fixture.plan.diagnostics.filter { $0.message.hasPrefix("testgesprek '\(name)'") }
  }

  @Test("het fixture laadt zonder meldingen en alle testgesprekken worden gespeeld, elk met zijn seeds")
  func everyConversationIsPlayed() throws {
    #expect(fixture.loaded.diagnostics.isEmpty, "\(fixture.loaded.detailedReport)")
    let scenario = try #require(fixture.loaded.scenario)
    #expect(scenario.testConversations.count == 7)
    #expect(fixture.plan.conversations == 7)
    // luisteren werkt: 1-3; elke seed: 7 and 1-3; the other five: seed 1 or 2.
    #expect(fixture.plan.plays == 3 + 4 + 5)
    #expect(fixture.plan.failed == 5)
    #expect(scenario.testConversations.first { $0.name == "elke seed" }?.seeds == [1, 2, 3, 7])
    #expect(scenario.testConversations.first { $0.name == "verwijten" }?.seeds == [TestConversation.defaultSeed])
  }

  @Test("een testgesprek dat klopt, geeft geen melding; met een lijst uitkomsten telt elk ervan")
  func passingConversations() {
    #expect(diagnostics(of: "luisteren werkt").isEmpty)
    #expect(diagnostics(of: "slordige afronding").allSatisfy { !$0.message.contains("eindigde in") })
  }

  /// Each failing test conversation: the text on the line the `fout` must point at (the unmet expectation, inside
  /// that test), and what the message must say.
  @Test(
    "elke mislukking is een fout op de regel van de verwachting, met wat er gebeurde",
    arguments: [
      (
        "verwijten", "\"uitkomst\": \"opgelost\"",
        [
          "eindigde in geescaleerd, verwacht opgelost", "begon in boos",
          "beurt 1: 'Ik hoor dat u boos bent.' → toestand luistert",
          "beurt 2: 'Dat is uw eigen schuld.' → toestand boos",
          "beurt 3: 'U moet gewoon beter opletten.' → toestand weg",
        ]
      ),
      (
        "nooit geluisterd", "\"luistert\"",
        ["kwam niet in toestand luistert", "beurt 2: 'U moet gewoon beter opletten.' → toestand weg"]
      ),
      (
        "slordige afronding", "\"afrondingMinstens\": 80",
        [
          "de afronding scoorde", "verwacht minstens 80", "niet gehaald:", "vervolgafspraak",
          "afronding (blijft-ontevreden)",
        ]
      ),
      ("geen afronding", "\"afrondingMinstens\": 50", ["er was geen afronding", "minstens 50", "toestand weg"]),
      (
        "elke seed", "\"uitkomst\": \"gestopt\"",
        ["(seed 1; mislukt bij 4 van 4 seeds: 1, 2, 3, 7)", "eindigde in geescaleerd, verwacht gestopt"]
      ),
    ])
  func failures(name: String, needle: String, phrases: [String]) throws {
    let found = diagnostics(of: name)
    #expect(found.count == 1, "\(found.map(\.message))")
    let diagnostic = try #require(found.first)
    #expect(diagnostic.severity == .fout)
    let line = try #require(TestPlanFixture.line(of: needle, after: "\"naam\": \"\(name)\"", in: fixture.text))
    #expect(diagnostic.headline(path: "spelen.json").hasPrefix("spelen.json:\(line): fout: testgesprek '\(name)'"))
    for phrase in phrases {
      #expect(diagnostic.message.contains(phrase), "'\(phrase)' ontbreekt in: \(diagnostic.message)")
    }
  }

  @Test("antwoorden na het einde van het gesprek: een waarschuwing op het eerste antwoord dat nooit gespeeld wordt")
  func unreadLines() throws {
    let found = diagnostics(of: "te veel antwoorden")
    let diagnostic = try #require(found.first)
    #expect(found.count == 1)
    #expect(diagnostic.severity == .waarschuwing)
    #expect(diagnostic.message.contains("na antwoord 2 al afgelopen (geescaleerd)"))
    #expect(diagnostic.message.contains("de laatste 2 antwoorden"))
    let line = TestPlanFixture.line(
      of: "Kunt u vertellen wat er thuis gebeurd is?", after: "\"naam\": \"te veel antwoorden\"", in: fixture.text)
    #expect(diagnostic.location?.line == line)
  }

  @Test("de meldingen staan per bestand op volgorde van de regels")
  func diagnosticsInLineOrder() {
    let lines = fixture.plan.diagnostics.compactMap(\.location?.line)
    #expect(lines == lines.sorted())
  }

  @Test("een testgesprek speelt zoals een sessie met dezelfde seed en dezelfde regels, /stop en slotwoorden incluis")
  func playIsTheSession() throws {
    let scenario = try #require(fixture.loaded.scenario)
    let test = try #require(scenario.testConversations.first { $0.name == "slordige afronding" })
    let play = test.play(seed: 2, in: scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var session = PracticeSession(engine: engine, seed: 2, style: .plain)
    for line in test.replies { _ = session.handle(line) }
    _ = session.interrupt(because: .endOfInput)
    #expect(play.outcome == .gestopt)
    #expect(play.transcript.turns.map(\.text) == session.transcript.turns.map(\.text))
    #expect(play.transcript.turns.map(\.emotion) == session.transcript.turns.map(\.emotion))
    #expect(play.transcript.ending == session.transcript.ending)
    #expect(play.linesUsed == 3)
    #expect(play.path.map(\.emotion.state) == ["boos", "luistert"])
    #expect(play.path.map(\.turn) == [nil, 1])
  }
}
