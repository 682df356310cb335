import OudergesprekKit
import Testing

@Suite("De regel op het scherm: rijen, terugloop en cursor")
struct EditorLayoutTests {
  @Test("een lange regel loopt over rijen van de terminalbreedte; de cursor staat waar hij hoort")
  func wraps() {
    var buffer = LineBuffer("abcdefghij")
    for _ in 0..<4 { buffer.moveLeft() }
    let layout = EditorLayout(prompt: "> ", buffer: buffer, columns: 5)
    #expect(layout.rows == ["> abc", "defgh", "ij"])
    #expect(layout.startsWithBreak == [false, false])
    #expect(layout.cursorRow == 1)
    #expect(layout.cursorColumn == 3)
  }

  @Test("een precies volle laatste rij: de cursor staat aan het begin van een nieuwe rij")
  func fullRow() {
    let layout = EditorLayout(prompt: "> ", buffer: LineBuffer("abc"), columns: 5)
    #expect(layout.rows == ["> abc", ""])
    #expect(layout.startsWithBreak == [true])
    #expect(layout.cursorRow == 1)
    #expect(layout.cursorColumn == 0)
  }

  @Test("brede tekens tellen twee kolommen en gaan heel naar de volgende rij; accenten tellen één")
  func widths() {
    let layout = EditorLayout(prompt: "", buffer: LineBuffer("éé日本語"), columns: 5)
    #expect(layout.rows == ["éé日", "本語"])
    #expect(layout.cursorColumn == 4)
  }

  @Test("kleurcodes in de prompt nemen geen kolommen in")
  func coloredPrompt() {
    let layout = EditorLayout(prompt: "\u{1B}[1mjij> \u{1B}[0m", buffer: LineBuffer("ab"), columns: 80)
    #expect(layout.cursorColumn == 7)
  }

  @Test("een regeleinde uit een plakactie begint een nieuwe rij")
  func newline() {
    let layout = EditorLayout(prompt: "> ", buffer: LineBuffer("een\ntwee"), columns: 80)
    #expect(layout.rows == ["> een", "twee"])
    #expect(layout.startsWithBreak == [true])
  }

  @Test("opnieuw tekenen: terug naar de rij van de prompt, wissen, schrijven, cursor op zijn plaats")
  func redraw() {
    var buffer = LineBuffer("abcdefghij")
    buffer.moveHome()
    let layout = EditorLayout(prompt: "> ", buffer: buffer, columns: 5)
    #expect(layout.redraw(fromCursorRow: 2) == "\r\u{1B}[2A\u{1B}[J> abcdefghij\u{1B}[2A\r\u{1B}[2C")
  }
}
