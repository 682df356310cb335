import Foundation
import Testing

@testable import OudergesprekKit

/// Scenario files travel between schools: whatever is in them, or in the folder, loading gives a message.
@Suite("Onbetrouwbare scenariobestanden")
struct UntrustedScenarioTests {
  /// A fresh folder for one test.
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("og-scenario-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// The minimal fixture with its id replaced.
  static func minimal(id: String) throws -> String {
    let text = try String(contentsOfFile: Fixtures.path("goed/minimaal.json"), encoding: .utf8)
    let encoded = String(decoding: try JSONEncoder().encode(id), as: UTF8.self)
    return text.replacingOccurrences(of: "\"id\": \"minimaal\"", with: "\"id\": \(encoded)")
  }

  @Test(
    "een id dat een pad, een regeleinde of iets anders dan a-z, 0-9 en - bevat, maakt het scenario onbruikbaar",
    arguments: [
      "../../etc/evil", "a/b", "..", "abc\n", "abc\r\n", "-abc", "", "Hoofdletters", "met spatie", "café",
      "a\u{1B}[2J", String(repeating: "a", count: 65),
    ])
  func hostileIDs(id: String) throws {
    #expect(!ScenarioValidator.isValidID(id))
    let loaded = ScenarioLoader.load(bytes: Array(try Self.minimal(id: id).utf8), path: "x.json")
    #expect(loaded.scenario == nil)
    let problem = loaded.diagnostics.first {
      $0.message.contains("mag alleen kleine letters") || $0.message.contains("\"id\" is leeg")
    }
    #expect(problem?.location?.line == 2, "\(loaded.detailedReport)")
  }

  @Test("gewone ids zijn goed", arguments: ["minimaal", "boze-vader-2", "a", String(repeating: "a", count: 64)])
  func validIDs(id: String) throws {
    #expect(ScenarioValidator.isValidID(id))
    #expect(ScenarioLoader.load(bytes: Array(try Self.minimal(id: id).utf8), path: "x.json").scenario?.id == id)
  }

  @Test("een bestand groter dan 1 MiB wordt niet gelezen, ook niet als bytes")
  func hugeFile() throws {
    let path = try Self.folder() + "/groot.json"
    let bytes = [UInt8](repeating: UInt8(ascii: " "), count: ScenarioLoader.maximumFileSize + 1)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let loaded = ScenarioLoader.load(file: path)
    #expect(loaded.scenario == nil)
    #expect(loaded.diagnostics.first?.message.contains("te groot") == true)
    #expect(ScenarioLoader.load(bytes: bytes, path: path).diagnostics.first?.message.contains("te groot") == true)
  }

  @Test("Windows-regeleinden en een BOM veranderen de regelnummers van fouten niet")
  func crlfLineNumbers() throws {
    let text = try String(contentsOfFile: Fixtures.path("kapot/komma-mist.json"), encoding: .utf8)
    let windows = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let unix = ScenarioLoader.load(bytes: Array(text.utf8), path: "x.json")
    let crlf = ScenarioLoader.load(bytes: windows, path: "x.json")
    #expect(crlf.diagnostics.map(\.location) == unix.diagnostics.map(\.location))
    #expect(crlf.diagnostics.first?.location?.line == 7)
  }

  @Test("een map met een linklus, een kapotte link, een pijp en een link naar een apparaat: meldingen, geen hang")
  func hostileFolder() throws {
    let folder = try Self.folder()
    let manager = FileManager.default
    try manager.copyItem(atPath: Fixtures.path("goed/minimaal.json"), toPath: folder + "/goed.json")
    try manager.createSymbolicLink(atPath: folder + "/lus-a.json", withDestinationPath: "lus-b.json")
    try manager.createSymbolicLink(atPath: folder + "/lus-b.json", withDestinationPath: "lus-a.json")
    try manager.createSymbolicLink(atPath: folder + "/zelf.json", withDestinationPath: "zelf.json")
    try manager.createSymbolicLink(atPath: folder + "/weg.json", withDestinationPath: "bestaat-niet.json")
    try manager.createSymbolicLink(atPath: folder + "/map.json", withDestinationPath: ".")
    try manager.createSymbolicLink(atPath: folder + "/terug", withDestinationPath: "..")
    try manager.createSymbolicLink(atPath: folder + "/nullen.json", withDestinationPath: "/dev/zero")
    #expect(mkfifo(folder + "/pijp.json", 0o600) == 0)

    let catalog = ScenarioCatalog.load(directory: folder)
    let byName = Dictionary(uniqueKeysWithValues: catalog.files.map { (($0.path as NSString).lastPathComponent, $0) })
    #expect(byName["goed.json"]?.scenario?.id == "minimaal")
    #expect(byName["map.json"] == nil)
    for name in ["lus-a.json", "lus-b.json", "zelf.json"] {
      #expect(byName[name]?.diagnostics.first?.message.contains("kring") == true, "\(name)")
    }
    #expect(byName["weg.json"]?.diagnostics.first?.message.contains("link naar een bestand dat niet bestaat") == true)
    for name in ["nullen.json", "pijp.json"] {
      #expect(byName[name]?.diagnostics.first?.message.contains("geen gewoon bestand") == true, "\(name)")
    }
    #expect(catalog.scenarios.contains { $0.id == "minimaal" })
  }

  @Test(
    "twee verschillende bestanden in een map met hetzelfde id: het tweede krijgt een fout met de naam van het eerste")
  func duplicateIDsAcrossFiles() throws {
    let folder = try Self.folder()
    try Self.minimal(id: "zelfde").write(toFile: folder + "/a.json", atomically: true, encoding: .utf8)
    let second = try Self.minimal(id: "zelfde").replacingOccurrences(of: "Piet Jansen", with: "Kees Jansen")
    try second.write(toFile: folder + "/b.json", atomically: true, encoding: .utf8)
    let catalog = ScenarioCatalog.load(directory: folder)
    #expect(catalog.files[0].scenario != nil)
    let problem = try #require(catalog.files[1].diagnostics.first)
    #expect(problem.message.contains("wordt ook al gebruikt door \(folder)/a.json"))
    #expect(problem.location?.line == 2)
    #expect(catalog.scenarios.filter { $0.id == "zelfde" }.count == 1)
  }

  @Test("een bestandsnaam met een escape-reeks komt geneutraliseerd in de melding")
  func hostileFileName() {
    let headline = Diagnostic.error("JSON-fout", at: SourceLocation(line: 3, column: 1)).headline(
      path: "\u{1B}[2Jx.json")
    #expect(!headline.unicodeScalars.contains("\u{1B}"))
    #expect(headline.hasSuffix("[2Jx.json:3: fout: JSON-fout"))
  }
}
