import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Regels die iets veronderstellen wat nog niemand zei")
struct PresuppositionCheckTests {
  /// The built-in scenario with `old` replaced by `new`, checked as `controleer` does.
  private func diagnostics(replacing old: String, with new: String) throws -> [Diagnostic] {
    let source = BuiltInScenario.json
    try #require(source.contains(old), "het standaardscenario bevat \(old) niet meer")
    let broken = source.replacingOccurrences(of: old, with: new)
    let loaded = ScenarioLoader.load(bytes: Array(broken.utf8), path: "kapot.json")
    #expect(!loaded.hasErrors, "\(loaded.detailedReport)")
    return loaded.diagnostics.filter { $0.severity == .waarschuwing }
  }

  private let stateLine = "\"Ze zit veel op haar kamer. Ik dacht dat dat erbij hoorde, op die leeftijd.\""
  private let reactionLine = "\"Denkt u dat ik dat niet allang geprobeerd heb?\""

  @Test("een regel in ASCII geeft byte voor byte dezelfde woorden met hoofdletter als letter voor letter")
  func asciiCapitalisedWordsAreCharacterWords() throws {
    func both(_ text: String) -> ([String], [String]) {
      (
        PresuppositionCheck.asciiCapitalisedWords(Array(text.utf8)).map { "\($0.word)|\($0.startsSentence)" },
        PresuppositionCheck.characterCapitalisedWords(in: text).map { "\($0.word)|\($0.startsSentence)" }
      )
    }
    var texts = [
      "'s Ochtends zei Milan (Bosman) het: \"Daan\" en de Franse les.", "Hoi\r\nDaan\tzei\u{0B}Emma NAVO-Test",
      "  Ab Abc s Tim; - Lotte!Sanne?Joost", "", "Eva",
    ]
    for name in try FileManager.default.contentsOfDirectory(atPath: ScenarioLibraryTests.directory)
    where name.hasSuffix(".json") {
      let source = try String(contentsOfFile: "\(ScenarioLibraryTests.directory)/\(name)", encoding: .utf8)
      texts += source.split(separator: "\"").map(String.init)
    }
    var checked = 0
    for text in texts where text.utf8.allSatisfy({ $0 < 0x80 }) {
      let (ascii, characters) = both(text)
      #expect(ascii == characters, "\(text)")
      checked += ascii.isEmpty ? 0 : 1
    }
    #expect(checked > 500)
    // Not "'s Ochtends" nor an adjective in -se; "Milan" inside a sentence, the others after a bracket or quote.
    #expect(both(texts[0]).0 == ["Milan|false", "Bosman|true", "Daan|true"])
  }

  @Test("het standaardscenario veronderstelt niets")
  func libraryScenarioIsClean() {
    #expect(BuiltInScenario.loaded.diagnostics.isEmpty)
  }

  @Test("een toestandregel met een naam die pas een kernfeit noemt, krijgt een waarschuwing; met na niet")
  func nameBeforeItsKeyFact() throws {
    let text = "\"Sinds Lotte niet meer komt, zit ze veel op haar kamer.\""
    let warned = try diagnostics(replacing: stateLine, with: text)
    #expect(warned.count == 1)
    #expect(warned.first?.message.contains("Lotte") == true)
    #expect(warned.first?.message.contains("vriendin-kwijt") == true)
    #expect(warned.first?.location != nil)
    let waiting = try diagnostics(replacing: stateLine, with: "{ \"tekst\": \(text), \"na\": [\"vriendin-kwijt\"] }")
    #expect(waiting.isEmpty)
  }

  @Test("een reactie die een kernfeit navertelt, krijgt een waarschuwing; een toestandregel met na niet")
  func keyFactRetold() throws {
    let text = "\"Haar vader is in december vertrokken, sindsdien is ze stiller.\""
    let warned = try diagnostics(replacing: reactionLine, with: text)
    #expect(warned.count == 1)
    #expect(warned.first?.message.contains("scheiding") == true)
    let waiting = try diagnostics(replacing: stateLine, with: "{ \"tekst\": \(text), \"na\": [\"scheiding\"] }")
    #expect(waiting.isEmpty)
  }

  @Test("een eigen standaardregel van het verhaal (zijpad, bevestigen) wordt ook gecontroleerd")
  func storyStockLines() throws {
    for (old, new) in [
      (
        "\"Sorry, ik volg u even niet. Het gaat mij om Sanne.\"",
        "\"Sorry, ik volg u even niet. Het gaat mij om Sanne en Lotte.\""
      ),
      ("\"Ja, precies. Zo is het.\"", "\"Ja, precies. Net als met Lotte.\""),
      (
        "\"Zo voelt het, ja. Fijn dat u het zo zegt.\"",
        "\"Zo voelt het, ja. Haar vader is in december vertrokken, sindsdien is ze stiller.\""
      ),
    ] {
      let warned = try diagnostics(replacing: old, with: new)
      #expect(
        warned.count == 1 && warned.first?.message.contains("verhaal.") == true, "\(new): \(warned.map(\.message))")
    }
  }

  @Test("een gewone toestandregel zonder namen of woorden uit de kern blijft zonder waarschuwing")
  func plainLineIsFine() throws {
    let warned = try diagnostics(
      replacing: stateLine, with: "\"Ze is de laatste tijd zo stil, ik weet niet wat er is.\"")
    #expect(warned.isEmpty)
  }

  @Test(
    "namen: hoofdletter midden in een zin, niet aan het begin, niet 's Ochtends of Nederlandse",
    arguments: [
      ("Lotte komt niet meer.", [String]()),
      ("Ze belt met Lotte en met haar vader in Utrecht.", ["Lotte", "Utrecht"]),
      ("Ik zie haar 's Ochtends niet. Ze kijkt Nederlandse series.", []),
      ("(de tolk) Mevrouw zegt dat Zofia zeven is.", ["Zofia"]),
      ("Hij doet nog geen NT2.", []),
    ])
  func properNames(text: String, expected: [String]) {
    #expect(PresuppositionCheck.properNames(in: text) == expected)
  }
}
