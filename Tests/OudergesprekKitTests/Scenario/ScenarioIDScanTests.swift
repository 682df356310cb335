import Foundation
import Testing

@testable import OudergesprekKit

/// The scan that finds a file's id without decoding it: right, or "cannot tell" (then the file is loaded in full).
@Suite("Het id van een scenariobestand, zonder het hele bestand te lezen")
struct ScenarioIDScanTests {
  @Test(
    "het id op het hoogste niveau, ook na geneste velden, strings met aanhalingstekens en een veld met waarde id",
    arguments: [
      (#"{"id": "abc"}"#, "abc"),
      ("{\n  \"$schema\": \"./scenario.schema.json\",\n  \"id\": \"boze-vader\",\n  \"titel\": \"x\"\n}", "boze-vader"),
      (#"{"titel": "id", "id": "abc"}"#, "abc"),
      (#"{"emoties": {"id": "genest", "x": [1, {"id": "dieper"}]}, "id": "abc"}"#, "abc"),
      (#"{"lijst": [{"id": "x"}, "id"], "id": "abc"}"#, "abc"),
      (#"{"titel": "zegt \"id\": \"nee\"", "id": "abc"}"#, "abc"),
      (#"{"id": "abc", "id": "tweede"}"#, "abc"),
      (#"{"id": "abc"  "#, "abc"),
    ])
  func findsTheID(text: String, id: String) {
    #expect(ScenarioIDScan.id(in: Array(text.utf8)) == id)
  }

  @Test(
    "geen antwoord als het niet zeker is: escapes, geen string, geen object, geen id, een afgebroken bestand",
    arguments: [
      #"{"id": "a\u0062c"}"#, #"{"\u0069d": "x", "id": "abc"}"#, #"{"id": 5}"#, #"{"id": ["abc"]}"#,
      #"{"id": {"x": "abc"}}"#, #"{"id": null}"#, #"[{"id": "abc"}]"#, #"{"titel": "x"}"#, #"{"id": "ab"#,
      #"{"id": "café"}"#, "\u{FEFF}{\"id\": \"abc\"}", "", "id",
    ])
  func cannotTell(text: String) {
    #expect(ScenarioIDScan.id(in: Array(text.utf8)) == nil)
  }

  @Test("bij elk scenario en elk testbestand dat laadt, is een gevonden id het id van het scenario")
  func agreesWithTheLoader() throws {
    let folders = [ScenarioLibraryTests.directory, Fixtures.path("goed"), Fixtures.path("kapot")]
    var compared = 0
    for path in folders.flatMap(ScenarioCatalog.scenarioFiles(in:)) {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let loaded = ScenarioLoader.load(bytes: bytes, path: path)
      // Nil is allowed ("cannot tell": the file is then loaded in full), a wrong id is not.
      guard let scenario = loaded.scenario, let found = ScenarioIDScan.id(in: bytes) else { continue }
      #expect(found == scenario.id, "\(path)")
      compared += 1
    }
    #expect(compared >= 16)
  }
}
