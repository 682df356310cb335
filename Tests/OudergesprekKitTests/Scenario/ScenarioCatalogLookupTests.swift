import Foundation
import Testing

@testable import OudergesprekKit

/// `oefen ID` loads only the files that can be that scenario, and finds what the whole folder would give.
@Suite("Eén scenario kiezen zonder de hele map te laden")
struct ScenarioCatalogLookupTests {
  /// A folder with five usable scenarios, a broken file, a file whose name is not its id, and an unreadable link.
  static func folder() throws -> String {
    let folder = try UntrustedScenarioTests.folder()
    for id in ["alfa", "alfa-twee", "beta", "zelfde"] {
      try UntrustedScenarioTests.minimal(id: id).write(
        toFile: "\(folder)/\(id).json", atomically: true, encoding: .utf8)
    }
    let copy = try UntrustedScenarioTests.minimal(id: "zelfde").replacingOccurrences(of: "Piet", with: "Kees")
    try copy.write(toFile: "\(folder)/zelfde-kopie.json", atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(atPath: Fixtures.path("kapot/komma-mist.json"), toPath: "\(folder)/kapot.json")
    try UntrustedScenarioTests.minimal(id: "delta").write(
      toFile: "\(folder)/gamma.json", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: "\(folder)/weg.json", withDestinationPath: "bestaat-niet.json")
    return folder
  }

  static func names(_ catalog: ScenarioCatalog) -> [String] {
    catalog.files.map { ($0.path as NSString).lastPathComponent }
  }

  @Test("een exact id laadt alleen de bestanden waarvan het id zo begint")
  func exactIDLoadsOnlyItsFile() throws {
    let folder = try Self.folder()
    let beta = ScenarioCatalog.load(directory: folder, candidatesFor: "beta")
    #expect(Self.names(beta) == ["beta.json"])
    #expect(beta.scenario(named: "beta")?.id == "beta")
    let alfa = ScenarioCatalog.load(directory: folder, candidatesFor: "alfa")
    #expect(Self.names(alfa) == ["alfa-twee.json", "alfa.json"])
    #expect(alfa.scenario(named: "alfa")?.id == "alfa")
    #expect(
      ScenarioCatalog.load(directory: folder, candidatesFor: "alfa-t").scenario(named: "alfa-t")?.id == "alfa-twee")
  }

  @Test("een kapot bestand met de gekozen naam wordt geladen, met zijn fout op regel en kolom")
  func brokenChosenFileKeepsItsProblems() throws {
    let folder = try Self.folder()
    let catalog = ScenarioCatalog.load(directory: folder, candidatesFor: "kapot")
    let file = try #require(catalog.files.first { ($0.path as NSString).lastPathComponent == "kapot.json" })
    #expect(file.hasErrors)
    #expect(file.diagnostics.first?.location?.line == 7)
    #expect(catalog.scenario(named: "kapot") == nil)
    let link = ScenarioCatalog.load(directory: folder, candidatesFor: "weg")
    #expect(link.files.first?.diagnostics.first?.message.contains("link naar een bestand dat niet bestaat") == true)
  }

  @Test("twee bestanden met hetzelfde id: het eerste speelt, het tweede krijgt de fout, als bij de hele map")
  func duplicatesAsInTheWholeFolder() throws {
    let folder = try Self.folder()
    let catalog = ScenarioCatalog.load(directory: folder, candidatesFor: "zelfde")
    #expect(Self.names(catalog) == ["zelfde-kopie.json", "zelfde.json"])
    #expect(catalog.files.map(\.hasErrors) == [false, true])
    #expect(catalog.scenario(named: "zelfde")?.parent.name.contains("Kees") == true)
  }

  @Test("voor elke naam hetzelfde scenario als met de hele map geladen", arguments: [false, true])
  func sameAnswerAsTheWholeFolder(library: Bool) throws {
    let folder = library ? ScenarioLibraryTests.directory : try Self.folder()
    let whole = ScenarioCatalog.load(directory: folder)
    let ids = whole.files.compactMap(\.scenario?.id)
    let names =
      ids + ids.map { String($0.prefix(3)) } + ids.map { String($0.dropLast()) }
      + ["", "a", "kapot", "gamma", "delta", "weg", "bestaat-niet", BuiltInScenario.id, "bezorgde"]
    for name in names {
      let candidates = ScenarioCatalog.load(directory: folder, candidatesFor: name)
      #expect(candidates.scenario(named: name)?.id == whole.scenario(named: name)?.id, "\(name)")
      #expect(candidates.scenario(named: name)?.title == whole.scenario(named: name)?.title, "\(name)")
    }
    let defaultScenario = ScenarioCatalog.load(directory: folder, candidatesFor: BuiltInScenario.id).defaultScenario
    #expect(defaultScenario.id == whole.defaultScenario.id)
  }
}
