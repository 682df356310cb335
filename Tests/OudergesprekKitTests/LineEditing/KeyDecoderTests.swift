import OudergesprekKit
import Testing

@Suite("Toetsen uit de bytes van de terminal")
struct KeyDecoderTests {
  static func keys(_ text: String) -> [EditorKey] {
    var decoder = KeyDecoder()
    return decoder.feed(Array(text.utf8))
  }

  @Test(
    "pijltjes, Home/End, woordsprongen en Delete in xterm- en vt-varianten",
    arguments: [
      ("\u{1B}[D", EditorKey.left), ("\u{1B}[C", .right), ("\u{1B}OD", .left), ("\u{1B}[A", .up), ("\u{1B}[B", .down),
      ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
      ("\u{1B}[7~", .home), ("\u{1B}[8~", .end), ("\u{1B}[3~", .delete), ("\u{1B}[1;5D", .wordLeft),
      ("\u{1B}[1;5C", .wordRight), ("\u{1B}[1;3D", .wordLeft), ("\u{1B}b", .wordLeft), ("\u{1B}f", .wordRight),
      ("\u{1B}d", .deleteWordForward), ("\u{1B}\u{7F}", .deleteWordBackward), ("\u{1B}[5~", .ignored),
    ])
  func sequences(bytes: String, key: EditorKey) {
    #expect(Self.keys(bytes) == [key])
  }

  @Test(
    "Ctrl-toetsen",
    arguments: [
      ("\u{1}", EditorKey.home), ("\u{5}", .end), ("\u{2}", .left), ("\u{6}", .right), ("\u{4}", .controlD),
      ("\u{3}", .interrupt), ("\u{17}", .deleteWordBackward), ("\u{15}", .deleteToStart), ("\u{B}", .deleteToEnd),
      ("\u{C}", .redraw), ("\u{7F}", .backspace), ("\u{8}", .backspace), ("\t", .tab), ("\r", .enter),
      ("\u{10}", .up), ("\u{E}", .down), ("\u{1A}", .suspend),
    ])
  func controls(bytes: String, key: EditorKey) {
    #expect(Self.keys(bytes) == [key])
  }

  @Test("tekst die samen aankomt is één stuk; CR LF is één Enter")
  func textAndEnter() {
    #expect(Self.keys("café\r\n") == [.text("café"), .enter])
  }

  @Test("een UTF-8-teken of escape-reeks over twee stukken wacht op de rest")
  func split() {
    var decoder = KeyDecoder()
    let bytes = Array("ë\u{1B}[D".utf8)
    #expect(decoder.feed(bytes[0..<1]) == [])
    #expect(decoder.feed(bytes[1..<3]) == [.text("ë")])
    #expect(decoder.isWaiting)
    #expect(decoder.feed(bytes[3...]) == [.left])
  }

  @Test("een losse Escape wordt na de wachttijd genegeerd")
  func loneEscape() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1B]) == [])
    #expect(decoder.flush() == [])
    #expect(decoder.feed(Array("a".utf8)) == [.text("a")])
  }

  @Test("bracketed paste: alles tussen de markeringen is één stuk, ook over meer reads en met regeleinden")
  func paste() {
    var decoder = KeyDecoder()
    let bytes = Array("\u{1B}[200~/opnieuw\r\nNieuw \u{1B}[D antwoord\u{1B}[201~x".utf8)
    var keys: [EditorKey] = []
    for index in bytes.indices { keys += decoder.feed(bytes[index...index]) }
    #expect(keys == [.paste("/opnieuw\nNieuw [D antwoord"), .text("x")])
  }

  @Test("ongeldige UTF-8 wordt hersteld, niet weggegooid")
  func invalidUTF8() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x61, 0xFF, 0x62]) == [.text("a\u{FFFD}b")])
  }
}
