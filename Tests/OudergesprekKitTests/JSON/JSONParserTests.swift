import Testing

@testable import OudergesprekKit

@Suite("JSON-lezer met regelnummers")
struct JSONParserTests {
  @Test("waarden en hun plaats in het bestand")
  func valuesAndLocations() throws {
    let node = try JSONParser.parse("{\n  \"a\": [1, true, null],\n  \"b\": \"tekst \\u00e9\\n\"\n}")
    guard case .object(let members) = node.value else {
      Issue.record("geen object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    #expect(members[0].keyLocation == SourceLocation(line: 2, column: 3))
    #expect(members[1].value.value == .string("tekst é\n"))
    #expect(members[1].value.location == SourceLocation(line: 3, column: 8))
  }

  @Test(
    "syntaxfouten wijzen de juiste regel en kolom aan",
    arguments: [
      ("{\n  \"a\": 1\n  \"b\": 2\n}", 2, "mist er een komma"),
      ("{\"a\": 1,}", 1, "komma vóór '}'"),
      ("[1, 2", 1, "wordt niet gesloten"),
      ("{\"a\": \"open\n}", 1, "mist er een '\"'"),
      ("{\"a\": tru}", 1, "bedoelt u true"),
      ("", 1, "leeg"),
      ("{} x", 1, "na het einde"),
    ])
  func syntaxErrors(source: String, line: Int, message: String) {
    #expect {
      try JSONParser.parse(source)
    } throws: { error in
      guard let error = error as? JSONSyntaxError else { return false }
      return error.location.line == line && error.message.contains(message)
    }
  }

  @Test("een byte-order mark en Windows-regeleinden zijn geen probleem")
  func bomAndCRLF() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\r\n\"a\": 1\r\n}".utf8)
    let node = try JSONParser.parse(bytes)
    guard case .object(let members) = node.value else {
      Issue.record("geen object")
      return
    }
    #expect(members.first?.keyLocation.line == 2)
  }

  @Test("ongeldige UTF-8 en te diep nesten geven een fout, geen crash")
  func hostileInput() {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x7B, 0xFF, 0x7D]) }
    #expect(throws: JSONSyntaxError.self) {
      try JSONParser.parse(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
    }
  }
}
