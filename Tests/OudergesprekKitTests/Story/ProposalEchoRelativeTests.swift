import Testing

@testable import OudergesprekKit

/// The parent's acceptance echoes a relative time as the teacher said it.
@Suite("Een voorstel met een tijd ten opzichte van nu")
struct ProposalEchoRelativeTests {
  @Test(
    "de ouder neemt de tijd over zoals de docent die noemde",
    arguments: [
      ("Zullen we over twee weken weer samen kijken?", "over twee weken"),
      ("Ik stel voor dat we na de herfstvakantie evalueren.", "na de herfstvakantie"),
      ("Ik bel u over drie dagen, is dat goed?", "over drie dagen"),
      ("Zullen we volgende week even bellen?", "volgende week"),
      ("Dan bel ik u morgen na schooltijd.", "morgen na schooltijd"),
    ])
  func echoed(text: String, phrase: String) {
    #expect(ProposalEcho.phrase(in: text) == phrase)
  }

  @Test("een voorstel dat ze in het gesprek al aannam, bevestigt ze bij de afsluiting niet met dezelfde zin")
  func acceptedBefore() {
    let first = ProposalEcho.accepting("dinsdag", then: "Goed. Tot dan.")
    let firstSentence = first.prefix { $0 != "." }
    let again = ProposalEcho.accepting("dinsdag", then: "Goed. Dank u.", said: ["Goed, dinsdag dan."])
    #expect(!again.hasPrefix(firstSentence))
    #expect(again.contains("dinsdag"))
    #expect(
      ProposalEcho.accepting("dinsdag", then: "Goed. Dank u.", said: ["Ik wil eerst iets zeggen."]).hasPrefix(
        firstSentence))
  }

  @Test("zonder tijd is er niets om over te nemen")
  func noTime() {
    #expect(ProposalEcho.phrase(in: "Ik ben blij dat u er bent, over het cijfer zelf wil ik iets zeggen.") == nil)
  }
}

/// When the teacher names several times, the parent confirms the one at which she hears from the teacher.
@Suite("Een voorstel met meer dan één tijd")
struct ProposalEchoContactTests {
  @Test(
    "de ouder bevestigt de tijd waarop de docent haar belt, mailt of spreekt",
    arguments: [
      ("Dus: ik spreek meneer Bosman maandag, ik bel je uiterlijk woensdag met een afspraak.", "uiterlijk woensdag"),
      ("Kacper gaat vanaf volgende donderdag naar de extra les. Over zes weken bel ik u weer.", "over zes weken"),
      ("Ik praat morgen met Sanne en dan mail ik u vrijdag hoe het ging.", "vrijdag"),
      ("Zullen we volgende week even bellen?", "volgende week"),
      ("Ik stel voor dat we na de herfstvakantie evalueren.", "na de herfstvakantie"),
    ])
  func contactTime(text: String, phrase: String) {
    #expect(ProposalEcho.echo(in: text) == phrase)
  }

  @Test("belt de docent haar zonder tijd, dan neemt ze geen tijd van een ander over")
  func untimedCall() {
    let text = "Jij praat vanavond met Thomas, ik spreek hem morgen, en daarna bel ik je."
    #expect(ProposalEcho.echo(in: text) == nil)
    #expect(ProposalEcho.phrase(in: text) != nil)
  }
}
