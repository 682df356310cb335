import OudergesprekKit
import Testing

@Suite("Breedte van tekst in de terminal")
struct DisplayWidthTests {
  @Test(
    "Letters met accenten, samengestelde accenten, brede tekens en emoji tellen zoals de terminal ze toont",
    arguments: [
      ("café", 4),
      ("geïrriteerd", 11),
      ("één", 3),
      ("e\u{301}e\u{301}n", 3),  // één with combining acute accents
      ("日本語", 6),
      ("한국어", 6),
      ("👍", 2),
      ("👍🏽", 2),  // with a skin tone modifier
      ("👨‍👩‍👧", 2),  // a family joined with ZWJ
      ("🇳🇱", 2),  // a flag: two regional indicators
      ("❤️", 2),  // a text symbol shown as emoji (U+FE0F)
      ("❤", 1),
      ("ＡＢ", 4),  // fullwidth letters
      ("a\u{200B}b", 2),  // zero width space
      ("", 0),
    ])
  func widths(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test("Kleurcodes nemen geen kolommen in")
  func escapeSequences() {
    #expect(DisplayWidth.of("\u{1B}[1;32mjij>\u{1B}[0m ") == 5)
  }

  @Test("Besturingstekens nemen geen kolommen in")
  func controls() {
    #expect(DisplayWidth.of(Character("\u{7}")) == 0)
    #expect(DisplayWidth.of(Character("\u{301}")) == 0)
  }
}
