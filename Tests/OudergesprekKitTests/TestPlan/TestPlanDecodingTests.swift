import Testing

@testable import OudergesprekKit

/// Reading `testgesprekken`: every mistake an author can make is a `fout` at its line, saying what to do.
@Suite("Testgesprekken lezen")
struct TestPlanDecodingTests {
  /// One test conversation around `verwacht`, with `extra` fields before it; one field a line.
  static func conversation(
    name: String = "luisteren werkt", extra: String = "", replies: String = "[\"Ik hoor dat u boos bent.\"]",
    expectation: String = "{ \"uitkomst\": \"opgelost\" }"
  ) -> String {
    """
    {\(extra.isEmpty ? "" : "\n      " + extra + ",")
          "naam": "\(name)",
          "antwoorden": \(replies),
          "verwacht": \(expectation)
        }
    """
  }

  @Test("een goed testgesprek wordt gelezen met zijn seeds, antwoorden en verwachtingen")
  func decodesAConversation() throws {
    let json =
      "["
      + Self.conversation(
        extra: "\"seed\": 4,\n      \"seeds\": [2, 3]",
        replies: "[\"Ik hoor dat u boos bent.\", \"/stop\", \"\"]",
        expectation: """
          { "uitkomst": ["gestopt", "tijd-om"], "toestanden": ["boos"], "kernGevonden": ["a"],
                "kernNietGevonden": ["b"], "afrondingMinstens": 60 }
          """) + "]"
    // Decoded only: the key fact ids are checked against a story by the validator (see TestPlanKeyFactTests).
    let (_, text) = try TestPlanFixture.minimal(withTests: json)
    var diagnostics: [Diagnostic] = []
    let decoded = Scenario.decode(try JSONParser.parse(Array(text.utf8)), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    let test = try #require(decoded?.scenario.testConversations.first)
    #expect(test.name == "luisteren werkt")
    #expect(test.seeds == [2, 3, 4])
    #expect(test.replies == ["Ik hoor dat u boos bent.", "/stop", ""])
    #expect(test.expectation.outcomes == [.gestopt, .tijdOm])
    #expect(test.expectation.states == ["boos"])
    #expect(test.expectation.keyFactsFound == ["a"])
    #expect(test.expectation.keyFactsNotFound == ["b"])
    #expect(test.expectation.minimumEndingScore == 60)
    #expect(test.places.replies.count == 3)
  }

  @Test("een scenario zonder testgesprekken heeft er geen")
  func noConversations() throws {
    let scenario = try Fixtures.minimalScenario()
    #expect(scenario.testConversations.isEmpty)
    #expect(TestPlan.run(scenario).conversations == 0)
  }

  /// Each mistake: the test conversations, the text on the line the `fout` must point at, and part of the message.
  @Test(
    "elke fout in een testgesprek staat op zijn regel, met wat er moet gebeuren",
    arguments: [
      ("[" + conversation(expectation: "{ \"uitkomst\": \"opgelosst\" }") + "]", "opgelosst", "bedoelt u \"opgelost\""),
      (
        "[" + conversation(expectation: "{\n \"uitkomst\": \"opgelost\",\n \"toestanden\": [\"rustigg\"] }") + "]",
        "rustigg", "bedoelt u \"rustig\""
      ),
      ("[" + conversation(extra: "\"seeds\": [5, 1]") + "]", "\"seeds\"", "niet groter zijn dan het tweede"),
      ("[" + conversation(extra: "\"seeds\": [1, 500]") + "]", "\"seeds\"", "hoogstens 100"),
      ("[" + conversation(extra: "\"seeds\": [1]") + "]", "\"seeds\"", "lijst van twee hele getallen"),
      ("[" + conversation(extra: "\"seed\": -1") + "]", "\"seed\"", "tussen 0 en 999999999"),
      ("[" + conversation(replies: "[]") + "]", "\"antwoorden\"", "is leeg"),
      ("[" + conversation(replies: "[\"Eerst dit.\\nEn dan dit.\"]") + "]", "Eerst dit", "regeleinde"),
      (
        "["
          + conversation(
            expectation: "{ \"uitkomst\": \"opgelost\",\n \"kernGevonden\": [\"x\"],\n \"kernNietGevonden\": [\"x\"] }")
          + "]", "kernNietGevonden", "zowel bij kernGevonden als bij kernNietGevonden"
      ),
      (
        "[" + conversation(expectation: "{ \"uitkomst\": \"opgelost\",\n \"afrondingMinstens\": 120 }") + "]",
        "afrondingMinstens", "tussen 0 en 100"
      ),
      ("[" + conversation(expectation: "{ \"toestanden\": [] }") + "]", "\"verwacht\"", "verplicht veld \"uitkomst\""),
      ("[" + conversation(extra: "\"verwachting\": 1") + "]", "\"verwachting\"", "bedoelt u \"verwacht\""),
      ("{ \"naam\": \"x\" }", "\"testgesprekken\"", "moet een lijst"),
    ])
  func mistakes(json: String, needle: String, message: String) throws {
    let (loaded, text) = try TestPlanFixture.minimal(withTests: json)
    let match = loaded.diagnostics.first { $0.message.contains(message) }
    #expect(match != nil, "geen melding met '\(message)' in:\n\(loaded.detailedReport)")
    #expect(match?.severity == .fout)
    let line = try #require(TestPlanFixture.line(of: needle, after: "\"testgesprekken\"", in: text))
    #expect(match?.location?.line == line, "\(loaded.detailedReport)")
    #expect(loaded.scenario == nil)
  }

  @Test("twee testgesprekken met dezelfde naam: een fout bij de tweede naam")
  func duplicateNames() throws {
    let json = "[" + Self.conversation() + ",\n" + Self.conversation(extra: "\"seed\": 9") + "]"
    let (loaded, text) = try TestPlanFixture.minimal(withTests: json)
    let match = try #require(loaded.diagnostics.first { $0.message.contains("dezelfde naam als testgesprekken[0]") })
    #expect(match.location?.line == TestPlanFixture.line(of: "luisteren werkt", after: "\"seed\": 9", in: text))
  }
}
