import OudergesprekKit
import Testing

@Suite("De regel die bewerkt wordt: tekens en cursor")
struct LineBufferTests {
  @Test("invoegen midden in de regel, cursor erachter")
  func insertInMiddle() {
    var buffer = LineBuffer("Ik hoor dat u bezorgd bent")
    for _ in 0..<3 { buffer.moveLeft() }
    buffer.insert("X")
    #expect(buffer.text == "Ik hoor dat u bezorgd bXent")
    #expect(buffer.cursor == 24)
  }

  @Test("een los getypt combinerend accent wordt één teken met de letter ervoor")
  func combiningAccent() {
    var buffer = LineBuffer("e")
    buffer.insert("\u{301}")
    #expect(buffer.characters.count == 1)
    buffer.deleteBackward()
    #expect(buffer.isEmpty)
  }

  @Test("diakrieten en emoji zijn één stap voor de pijltjes en één Backspace")
  func graphemes() {
    var buffer = LineBuffer("één 👍🏽 café")
    #expect(buffer.characters.count == 10)
    buffer.moveHome()
    buffer.moveRight()
    buffer.deleteBackward()
    #expect(buffer.text == "én 👍🏽 café")
  }

  @Test("woord terug en vooruit; Ctrl-W wist het woord ervoor, Alt-D het woord erna")
  func words() {
    var buffer = LineBuffer("een twee, drie")
    buffer.moveWordLeft()
    #expect(buffer.cursor == 10)
    buffer.moveWordLeft()
    #expect(buffer.cursor == 4)
    buffer.moveWordRight()
    #expect(buffer.cursor == 8)
    buffer.moveEnd()
    buffer.deleteWordBackward()
    #expect(buffer.text == "een twee, ")
    buffer.moveHome()
    buffer.deleteWordForward()
    #expect(buffer.text == " twee, ")
  }

  @Test("Ctrl-U, Ctrl-K en Ctrl-Y: wissen tot het begin of eind, en het gewiste terugzetten")
  func kills() {
    var buffer = LineBuffer("links rechts")
    for _ in 0..<6 { buffer.moveLeft() }
    buffer.deleteToEnd()
    #expect(buffer.text == "links ")
    buffer.moveHome()
    buffer.yank()
    #expect(buffer.text == "rechtslinks ")
    buffer.deleteToStart()
    #expect(buffer.text == "links ")
    #expect(buffer.cursor == 0)
  }

  @Test("Backspace aan het begin en Delete aan het eind doen niets")
  func edges() {
    var buffer = LineBuffer("a")
    let deletedForward = buffer.deleteForward()
    buffer.moveHome()
    let deletedBackward = buffer.deleteBackward()
    #expect(!deletedForward && !deletedBackward)
    #expect(buffer.text == "a")
  }
}
