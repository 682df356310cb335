import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Scenario's laden en controleren")
struct ScenarioLoaderTests {
  @Test("de minimale scenario's laden zonder meldingen", arguments: ["goed/minimaal.json", "goed/bom-en-crlf.json"])
  func validFixtures(name: String) {
    let loaded = ScenarioLoader.load(file: Fixtures.path(name))
    #expect(loaded.diagnostics.isEmpty, "\(loaded.detailedReport)")
    #expect(loaded.scenario != nil)
  }

  /// Each broken fixture: the line that holds the problem (found by a text on it), the severity, and words
  /// the message must contain so that a teacher educator knows what to do.
  @Test(
    "elk kapot bestand geeft een melding met de juiste regel en een bruikbare uitleg",
    arguments: [
      ("komma-mist.json", "\"moeilijkheid\"", Diagnostic.Severity.fout, "mist er een komma"),
      ("onbekend-veld.json", "\"titell\"", .fout, "bedoelt u \"titel\""),
      ("ontbrekend-veld.json", "\"briefing\"", .fout, "verplicht veld \"doel\" ontbreekt"),
      ("verkeerd-type.json", "\"minuten\"", .fout, "moet een heel getal zijn"),
      ("onbekende-toestand.json", "\"wegg\"", .fout, "bedoelt u \"weg\""),
      ("onbekende-marker.json", "\"adviseeren\"", .fout, "bedoelt u \"adviseren\""),
      ("lege-regels.json", "\"regels\": []", .fout, "heeft geen regels"),
      ("geen-goed-einde.json", "\"start\"", .fout, "kan nooit goed aflopen"),
      ("onbereikbaar.json", "\"vergeten\"", .waarschuwing, "onbereikbaar"),
      ("geen-uitweg.json", "\"id\": \"boos\"", .waarschuwing, "geen uitweg"),
      ("intensiteit-te-hoog.json", "11", .fout, "tussen 0 en 10"),
      ("verkeerde-soort.json", "\"gedragg\"", .fout, "bedoelt u \"gedrag\""),
      ("dubbele-toestand.json", "\"naam\": \"boos\"", .fout, "bestaat twee keer"),
      ("geen-json.json", "Dit is geen JSON", .fout, "JSON-fout"),
      ("ongeldige-utf8.json", "situatie", .fout, "UTF-8"),
      ("diep-genest.json", "[[[", .fout, "te diep genest"),
      ("verhaal-onbekend-onderwerp.json", "\"thuiss\"", .fout, "bedoelt u \"thuis\""),
      ("verhaal-onbekende-na.json", "\"gedragg\"", .fout, "bedoelt u \"gedrag\""),
      ("regel-na-onbekend.json", "\"afspraak\"", .fout, "noemt \"afspraak\""),
      ("verhaal-waarschuwingen.json", "\"gezinnen\"", .waarschuwing, "ook past bij \"gezin\""),
      ("verhaal-waarschuwingen.json", "\"id\": \"school\"", .waarschuwing, "geen terughoudende regel"),
      ("verhaal-waarschuwingen.json", "\"id\": \"geheim\"", .waarschuwing, "onbereikbaar"),
    ])
  func brokenFixtures(name: String, needle: String, severity: Diagnostic.Severity, message: String) throws {
    let path = Fixtures.path("kapot/" + name)
    let loaded = ScenarioLoader.load(file: path)
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let expectedLine =
      try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }) + 1
    let match = loaded.diagnostics.first { $0.message.contains(message) }
    #expect(match != nil, "geen melding met '\(message)' in:\n\(loaded.detailedReport)")
    #expect(match?.severity == severity)
    #expect(match?.location?.line == expectedLine, "\(loaded.detailedReport)")
    #expect(
      match.map { $0.headline(path: "x.json").hasPrefix("x.json:\(expectedLine): \(severity.rawValue): ") } == true)
    if severity == .fout { #expect(loaded.scenario == nil) }
  }

  @Test("een bestand dat niet bestaat of een map is, geeft een nette fout")
  func missingFile() {
    #expect(ScenarioLoader.load(file: "/bestaat/niet.json").diagnostics.first?.message == "bestand niet gevonden")
    #expect(ScenarioLoader.load(file: Fixtures.path("kapot")).hasErrors)
  }

  @Test("twee bestanden met hetzelfde id: het tweede krijgt een fout")
  func duplicateIDs() {
    let path = Fixtures.path("goed/minimaal.json")
    let catalog = ScenarioCatalog.load(paths: [path, path])
    #expect(!catalog.files[0].hasErrors)
    #expect(catalog.files[1].diagnostics.contains { $0.message.contains("wordt ook al gebruikt") })
  }

  @Test("de melding toont de regel uit het bestand met een dakje onder de plek")
  func caretRendering() {
    let loaded = ScenarioLoader.load(file: Fixtures.path("kapot/onbekende-toestand.json"))
    let lines = loaded.detailedReport.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains("\"naar\": \"wegg\""))
    let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let quote = lines[1].range(of: "\"wegg\"").map { lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound) }
    #expect(caret == quote)
  }
}
