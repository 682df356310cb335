import Foundation
import OudergesprekKit
import Testing

@Suite("Groepsoverzicht")
struct GroupReportTests {
  let report = GroupReport(GeneratedGroup.sessions)

  @Test("per scenario: gesprekken, uitkomsten, kernfeiten, luisteren, ik-boodschappen, blokkades, afronding, collega")
  func perScenario() throws {
    let scenarios = report.byScenario
    #expect(scenarios.map(\.scenario) == ["alfa", "beta"])
    let alfa = scenarios[0].summary
    #expect(alfa.sessions == 3)
    #expect(alfa.together == 1)
    #expect(alfa.outcomes == [.opgelost: 2, .geescaleerd: 1])
    #expect(alfa.keyFactsFound == 5 && alfa.keyFactsTotal == 9)
    // Anna 1 of 2 replies listening (the withdrawn reply does not count), then 0 of 2; Bram 0 of 2.
    #expect(abs(try #require(alfa.listeningShare) - 1.0 / 6.0) < 1e-9)
    #expect(alfa.completeIMessages == 1)
    #expect(alfa.blockades == [.adviseren: 2, .geruststellen: 1, .jijBoodschap: 1])
    #expect(alfa.blockadeCount == 3)
    #expect(alfa.endingScore == 60 && alfa.endingScored == 1)
    // 60/100 is 3 of 5; without a judged closing 1, plus 1 when resolved.
    #expect(alfa.closing == 2)
    #expect(alfa.colleague[.ikBoodschappen] == 4 && alfa.colleague[.actiefLuisteren] == 3)
    #expect(alfa.colleague[.afronding] == nil)
    #expect(alfa.colleagueScored == 1)

    let beta = scenarios[1].summary
    #expect(beta.sessions == 2)
    #expect(beta.outcomes == [nil: 1, .gestopt: 1])
    #expect(beta.keyFactsTotal == 0)
    #expect(beta.listeningShare == 0.5)
    #expect(beta.blockades == [.bevelen: 1, .adviseren: 1])
    #expect(beta.colleagueScored == 0 && beta.endingScore == nil)
  }

  @Test("per cursist: op naam, zonder naam als laatste, de gesprekken van oud naar nieuw")
  func perTrainee() {
    let trainees = report.byTrainee
    #expect(trainees.map(\.trainee) == ["Anna", "Bram", nil])
    #expect(trainees[0].sessions.map(\.startedAt) == trainees[0].sessions.map(\.startedAt).sorted())
    #expect(trainees[0].sessions.map(\.keyFactsFound) == [2, 3])
    #expect(trainees[1].sessions.map(\.scenario) == ["alfa", "beta"])
    #expect(trainees[1].summary.blockadeCount == 3)
    #expect(trainees[2].summary.sessions == 1)
    #expect(report.traineeCount == 2)
  }

  @Test("de momenten waarop de groep het vaakst blokkeerde, met het meest gegeven antwoord en het betere alternatief")
  func moments() {
    let moments = report.blockedMoments()
    #expect(moments.map(\.parentLine) == [GeneratedGroup.p1, GeneratedGroup.p2, GeneratedGroup.q1])
    let first = moments[0]
    #expect(first.scenario == "alfa")
    #expect(first.answered == 3 && first.blocked == 3 && first.trainees == 2)
    #expect(first.mostUsed == .adviseren && first.mostUsedCount == 2)
    #expect(first.example == GeneratedGroup.advice)
    #expect(first.alternative == BlockadeAlternative.suggestion(instead: .adviseren, parentIntensity: 8))
    #expect(moments[1].mostUsed == .jijBoodschap && moments[1].blocked == 1 && moments[1].answered == 3)
    // A tie between two blockades in one reply: the first in the contract's order.
    #expect(moments[2].mostUsed == .bevelen)
    #expect(report.blockedMoments(limit: 1).count == 1)
  }

  @Test("CSV: een kop en één regel per gesprek, oud naar nieuw, elke kolom gevuld zoals beschreven")
  func csv() throws {
    let lines = report.csv().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(lines.count == 6)
    let header = lines[0].split(separator: ",").map(String.init)
    #expect(header == GroupReport.csvColumns)
    let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.allSatisfy { $0.count == header.count })
    func cell(_ row: [String], _ column: String) -> String { row[header.firstIndex(of: column)!] }
    let bram = try #require(rows.first { cell($0, "naam") == "Bram" && cell($0, "scenario") == "alfa" })
    #expect(cell(bram, "uitkomst") == "geescaleerd")
    #expect(cell(bram, "blokkade_geruststellen") == "1")
    #expect(cell(bram, "jij_boodschappen") == "1")
    #expect(cell(bram, "blokkades") == "1")
    #expect(cell(bram, "kernfeiten_gevonden") == "0" && cell(bram, "kernfeiten_totaal") == "3")
    #expect(cell(bram, "actief_luisteren") == "0.000")
    let unnamed = try #require(rows.first { cell($0, "naam").isEmpty })
    #expect(cell(unnamed, "uitkomst").isEmpty && cell(unnamed, "kernfeiten_totaal").isEmpty)
    let colleague = try #require(rows.first { cell($0, "vorm") == "samen" })
    #expect(cell(colleague, "collega_ik_boodschappen") == "4" && cell(colleague, "collega_afronding").isEmpty)
    #expect(rows.map { cell($0, "begonnen") } == rows.map { cell($0, "begonnen") }.sorted())
  }

  @Test("CSV: een naam met komma, aanhalingsteken of formule blijft één cel en wordt geen formule")
  func csvQuoting() {
    var transcript = GeneratedGroup.transcripts[0]
    transcript.trainee = "=HYPERLINK(\"x\"), \"y\""
    let text = GroupReport([GroupSession(transcript, path: "a.json")]).csv()
    #expect(text.contains(",\"'=HYPERLINK(\"\"x\"\"), \"\"y\"\"\","))
  }

  @Test("tekst en Markdown noemen elk scenario, elke cursist en de overgeslagen bestanden met hun reden")
  func rendered() {
    let skipped = GroupReport.Skipped(path: "groep/kapot.json", reason: "geen gesprek: geen geldige JSON")
    let report = GroupReport(GeneratedGroup.sessions, skipped: [skipped])
    for markdown in [false, true] {
      let text = report.rendered(markdown: markdown, timeZone: TimeZone(identifier: "UTC")!)
      for name in ["alfa", "beta", "Anna", "Bram", GroupReport.unnamed, "groep/kapot.json: geen gesprek"] {
        #expect(text.contains(name))
      }
      #expect(text.contains(BlockadeAlternative.suggestion(instead: .adviseren, parentIntensity: 8)))
      #expect(text.hasPrefix("# ") == markdown)
    }
    #expect(GroupReport([]).rendered(markdown: false).hasPrefix("Geen gesprekken gevonden"))
  }

  @Test("een naam wordt één regel zonder stuurtekens, ingekort; leeg is geen naam")
  func names() {
    #expect(TraineeName.normalized("  Anna \n de\u{1B}[31m Vries ") == "Anna de\u{FFFD}[31m Vries")
    #expect(TraineeName.normalized("   ") == nil)
    #expect(TraineeName.normalized(nil) == nil)
    #expect(TraineeName.normalized(String(repeating: "a", count: 500))?.count == TraineeName.maximumLength)
  }
}
