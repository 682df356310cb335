import Foundation
import OudergesprekKit
import Testing

@Suite("Voortgang over gesprekken")
struct ProgressReportTests {
  let scenario = BuiltInScenario.loaded.scenario!

  /// A session of `listening` listening replies and `blockades` advising replies, started `day` days after the fixture.
  func session(day: Int, listening: Int, blockades: Int, scenario id: String? = nil) -> Transcript {
    var transcript = Transcript(
      scenario: scenario, seed: UInt64(day), startedAt: ReportFixtures.start.addingTimeInterval(Double(day) * 86_400))
    if let id { transcript.scenario = id }
    transcript.turns = [ReportFixtures.parent("Hallo.", "gespannen", 6)]
    for _ in 0..<listening {
      transcript.turns.append(ReportFixtures.teacher("Wat is er gebeurd?", [.openVraag], after: "gespannen", 5))
    }
    for _ in 0..<blockades {
      transcript.turns.append(ReportFixtures.teacher("Probeer dit.", [.adviseren], after: "boos", 8))
    }
    return transcript
  }

  @Test("de voortgang toont elke maat als sparkline, oud naar nieuw, ook als de bestanden door elkaar staan")
  func charts() {
    let report = ProgressReport([
      session(day: 2, listening: 4, blockades: 0), session(day: 0, listening: 1, blockades: 3),
      session(day: 1, listening: 2, blockades: 2),
    ])
    let text = report.text()
    #expect(text.hasPrefix("Voortgang over 3 gesprekken (1 scenario)"))
    #expect(text.contains("actief luisteren            ▃▅█  eerder gem. 38%, laatst 100%"))
    #expect(text.contains("blokkades per gesprek       █▆▁  eerder gem. 2,5, laatst 0"))
    #expect(!text.contains("Per scenario"))
  }

  @Test("de zin noemt wat beter gaat en wat je nu oefent")
  func sentence() {
    let better = ProgressReport([
      session(day: 0, listening: 1, blockades: 3), session(day: 1, listening: 4, blockades: 0),
    ]).text()
    #expect(
      better.contains("Vooruitgang in je laatste gesprek: je luistert vaker actief en je gebruikt minder blokkades."))
    #expect(better.contains("Oefen nu: de afronding"))
    let worse = ProgressReport([
      session(day: 0, listening: 4, blockades: 0), session(day: 1, listening: 1, blockades: 3),
    ]).text()
    #expect(worse.contains("nog geen vooruitgang"))
    #expect(worse.contains("Oefen nu: blokkades vermijden, vooral adviseren"))
  }

  @Test("per scenario een eigen overzicht; gesprekken zonder antwoorden tellen niet mee")
  func perScenario() {
    let text = ProgressReport([
      session(day: 0, listening: 1, blockades: 1), session(day: 1, listening: 2, blockades: 0, scenario: "ander"),
      session(day: 2, listening: 0, blockades: 0),
    ]).text()
    #expect(text.hasPrefix("Voortgang over 2 gesprekken (2 scenario's)"))
    #expect(text.contains("(1 gesprek zonder antwoorden niet meegeteld)"))
    #expect(text.contains("  bezorgde-moeder-cijfers (1×)"))
    #expect(text.contains("  ander (1×)"))
  }

  @Test("bij veel gesprekken tonen de grafiekjes de laatste dertig")
  func manySessions() throws {
    let text = ProgressReport((0..<40).map { session(day: $0, listening: $0 % 3, blockades: 1) }).text()
    #expect(text.contains("(grafiekjes: de laatste 30)"))
    let row = try #require(text.split(separator: "\n").first { $0.contains("actief luisteren") })
    #expect(row.filter { "▁▂▃▄▅▆▇█".contains($0) }.count == 30)
  }

  @Test("zonder gesprekken zegt de voortgang hoe je begint")
  func empty() {
    #expect(ProgressReport([]).text().contains("oudergesprek oefen"))
  }
}
