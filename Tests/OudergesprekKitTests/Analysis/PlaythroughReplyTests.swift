import OudergesprekKit
import Testing

@Suite("Antwoorden uit een gespeeld scenario")
struct PlaythroughReplyTests {
  let analyzer = DutchReplyAnalyzer()

  @Test(
    "Antwoorden die eerst gemist werden, worden herkend",
    arguments: [
      ("Ik hoor dat u zich schaamt.", Marker.gevoelsreflectie),
      ("Ik hoor dat het u verdriet doet.", .gevoelsreflectie),
      ("Dat klinkt alsof u er alleen voor staat.", .gevoelsreflectie),
      ("Ik kan me voorstellen dat u veel aan uw hoofd heeft.", .gevoelsreflectie),
      ("Misschien moet Mila gewoon minder gaan werken.", .adviseren),
      ("Zullen we over drie weken weer met z'n drieën om tafel gaan?", .vervolgafspraak),
      ("Mila, vertel jij je vader eens hoe het nu met je gaat?", .openVraag),
      ("Zullen we afspreken dat ik u over twee weken terugbel?", .vervolgafspraak),
    ])
  func recognised(_ reply: String, _ marker: Marker) {
    #expect(analyzer.analyze(reply).markers.contains(marker), "\(reply)")
  }

  @Test("Een vervolgafspraak met 'ik' krijgt geen feedback over een halve ik-boodschap")
  func followUpFeedback() {
    let analysis = analyzer.analyze("Zullen we afspreken dat ik u over twee weken terugbel?")
    let line = ReplyFeedback.line(for: analysis)
    #expect(analysis.iMessageParts.isEmpty)
    #expect(!line.contains("ik-boodschap"), "\(line)")
    #expect(line.contains("vervolgafspraak"))
  }

  @Test(
    "Een voornaam in kleine letters is ook het onderwerp van een oordeel",
    arguments: ["sanne is gewoon lui", "daan doet nooit zijn huiswerk"])
  func lowercaseName(_ reply: String) {
    #expect(analyzer.analyze(reply).markers.contains(.jijBoodschap), "\(reply)")
  }
}
