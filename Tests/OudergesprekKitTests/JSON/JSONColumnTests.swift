import Testing

@testable import OudergesprekKit

@Suite("JSON-lezer: kolommen op lange regels")
struct JSONColumnTests {
  @Test("op één regel met letters buiten ASCII telt elke kolom in tekens, zoals vanaf het begin van de regel")
  func columnsOnOneLine() throws {
    // Accents as one scalar and as two (e + combining accent), emoji with a joiner, a flag: all one character.
    let words = ["é", "e\u{301}", "👩‍👧", "🇳🇱", "x"]
    var source = "["
    var expected: [Int] = []
    for index in 0..<300 {
      if index > 0 { source += index % 3 == 0 ? ", " : "," }
      // The slow way: the characters on the line before the value.
      expected.append(source.count + 1)
      source += "\"\(words[index % words.count])\(String(repeating: "ä", count: index % 7))\""
    }
    source += "]"
    let node = try JSONParser.parse(source)
    guard case .array(let elements) = node.value else {
      Issue.record("geen lijst")
      return
    }
    #expect(elements.map(\.location.column) == expected)
  }

  @Test("een fout na een lange regel met accenten wijst de juiste kolom aan")
  func errorColumnOnLongLine() {
    let source = "[" + Array(repeating: "\"één\"", count: 2_000).joined(separator: ",") + ",x]"
    #expect {
      try JSONParser.parse(source)
    } throws: { error in
      guard let error = error as? JSONSyntaxError else { return false }
      return error.location == SourceLocation(line: 1, column: source.count - 1)
    }
  }

  @Test("een ongeldige escape achter accenten wijst naar de backslash")
  func escapeColumn() {
    let source = "{\"a\": \"ééé\\q\"}"
    #expect {
      try JSONParser.parse(source)
    } throws: { error in
      (error as? JSONSyntaxError)?.location == SourceLocation(line: 1, column: 11)
    }
  }

  @Test("de regel bij een melding: ook de laatste, met Windows-regeleinde, en niet voorbij het einde")
  func sourceLine() {
    let text = "een\r\ntwee\ndrie"
    #expect(SourceText.line(1, of: text) == "een")
    #expect(SourceText.line(2, of: text) == "twee")
    #expect(SourceText.line(3, of: text) == "drie")
    #expect(SourceText.line(4, of: text) == nil)
    #expect(SourceText.line(0, of: text) == nil)
  }
}
