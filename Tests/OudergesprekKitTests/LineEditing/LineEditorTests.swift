import OudergesprekKit
import Testing

@Suite("De regelbewerker als toestand: toetsen erin, tekst eruit")
struct LineEditorTests {
  static func run(_ keys: [EditorKey], history: [String] = [], commands: [String]? = nil) -> (
    LineEditor, LineEditor.Outcome
  ) {
    var editor = LineEditor(
      prompt: "jij> ", columns: 80, history: history, completion: commands.map(CommandCompletion.init))
    _ = editor.start()
    var outcome = LineEditor.Outcome.editing
    for key in keys { outcome = editor.handle(key).outcome }
    return (editor, outcome)
  }

  @Test("Enter geeft de regel")
  func submit() {
    let (_, outcome) = Self.run([.text("hallo"), .left, .text("X"), .enter])
    #expect(outcome == .submitted("hallXo"))
  }

  @Test("Ctrl-D: einde van de invoer op een lege regel, anders wissen vooruit")
  func controlD() {
    #expect(Self.run([.controlD]).1 == .endOfInput)
    let (editor, outcome) = Self.run([.text("ab"), .home, .controlD])
    #expect(outcome == .editing)
    #expect(editor.buffer.text == "b")
  }

  @Test("Ctrl-C en Ctrl-Z gaan naar de host")
  func signals() {
    #expect(Self.run([.text("half"), .interrupt]).1 == .interrupted)
    #expect(Self.run([.suspend]).1 == .suspended)
  }

  @Test("omhoog en omlaag door de geschiedenis; wat je aan het typen was komt terug")
  func history() {
    let history = ["eerste", "tweede"]
    #expect(Self.run([.up], history: history).0.buffer.text == "tweede")
    #expect(Self.run([.up, .up], history: history).0.buffer.text == "eerste")
    #expect(Self.run([.up, .up, .up], history: history).0.buffer.text == "eerste")
    #expect(Self.run([.text("nieuw"), .up, .down], history: history).0.buffer.text == "nieuw")
    #expect(Self.run([.up, .text("!"), .enter], history: history).1 == .submitted("tweede!"))
  }

  @Test("Tab vult een commando aan; meerdere mogelijkheden worden getoond; geen commando: niets")
  func tab() {
    let commands = ["/hulp", "/kaart", "/tip", "/opnieuw", "/stop", "/klaar"]
    #expect(Self.run([.text("/ti"), .tab], commands: commands).0.buffer.text == "/tip")
    #expect(Self.run([.text("/KA"), .tab], commands: commands).0.buffer.text == "/kaart")
    var editor = Self.run([.text("/k")], commands: commands).0
    let output = editor.handle(.tab).output
    #expect(output.contains("/kaart  /klaar"))
    #expect(Self.run([.text("ti"), .tab], commands: commands).0.buffer.text == "ti")
    #expect(Self.run([.text("/opn"), .tab], commands: ["/klaar", "/stop"]).0.buffer.text == "/opn")
  }

  @Test("een nieuwe breedte tekent de regel opnieuw in die breedte")
  func resize() {
    var editor = LineEditor(prompt: "> ", columns: 80, text: "abcdefghij")
    _ = editor.start()
    let output = editor.resize(columns: 5)
    #expect(output.hasSuffix("> abcdefghij\r\u{1B}[2C"))
    #expect(output.hasPrefix("\r\u{1B}[2A\u{1B}[J"))
  }
}
