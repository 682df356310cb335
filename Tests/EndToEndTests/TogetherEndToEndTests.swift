import Foundation
import OudergesprekKit
import Testing

@Suite("Samen oefenen via de terminal")
struct TogetherEndToEndTests {
  /// Lines in turn order: parent (Enter: the suggestion), teacher, parent, …, the teacher's closing words after
  /// `/stop` (an empty line ends them), the parent's reaction, then five scores and a comment.
  static let script = """

    Ik hoor dat u zich zorgen maakt.
    Ik weet echt niet meer wat ik met haar aan moet.
    Kunt u daar meer over vertellen?

    /stop
    Ik stel voor dat we het gesprek nu afronden.
    Ik hoor dat u zich zorgen maakt.
    Zullen we volgende week dinsdag verder praten, samen met Sanne?
    Dank u wel voor uw komst.

    Goed, dan zie ik u dinsdag.
    4
    2

    3
    5
    Je bleef rustig, ook toen ze boos werd.

    """

  @Test("een gescript gesprek voor twee: de prompts zeggen wie aan de beurt is en het einde vergelijkt de cijfers")
  func scriptedSession() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["samen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.script, home: home)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Rolkaart voor de collega"))
    #expect(result.stdout.contains("ouder (collega)> "))
    #expect(result.stdout.contains("docent> "))
    #expect(result.stdout.contains("Voorstel (Enter):"))
    #expect(result.stdout.contains("collega, de afronding (1-5)> "))
    #expect(result.stdout.contains("De collega en de analyser naast elkaar"))
    #expect(result.stdout.contains("Je bleef rustig, ook toen ze boos werd."))

    let transcript = try onlyTranscript(in: home)
    #expect(transcript.mode == "samen")
    #expect(transcript.roles == SessionRoles(docent: .docent, ouder: .collega, leerling: nil))
    let parentLines = transcript.turns.filter { $0.speaker == .ouder }
    #expect(parentLines.map(\.source) == [.voorgesteld, .collega, .voorgesteld, .collega])
    #expect(parentLines[1].text == "Ik weet echt niet meer wat ik met haar aan moet.")
    #expect(parentLines.last?.text == "Goed, dan zie ik u dinsdag.")
    #expect(transcript.turns.filter { $0.speaker == .docent }.count == 6)
    #expect(result.stdout.contains("docent (afsluiting)> "))
    #expect(transcript.ending?.reaction == .accepteert)
    let review = try #require(transcript.review)
    #expect(review.rows.map(\.colleague) == [4, 2, nil, 3, 5])
    #expect(review.rows.map(\.criterion) == AssessmentCriterion.allCases)
    #expect(review.rows.allSatisfy { $0.analyserExplanation != nil })
    #expect(review.comment == "Je bleef rustig, ook toen ze boos werd.")
    let reportFiles = try SessionFolder(home: home).files("md")
    try #require(reportFiles.count == 1)
    let report = try String(contentsOf: reportFiles[0], encoding: .utf8)
    #expect(report.contains("## De collega naast de analyse"))
    #expect(report.contains("| ik-boodschappen | 4/5 |"))
  }

  @Test("dezelfde seed en hetzelfde script geven twee keer exact dezelfde uitvoer")
  func replayIsByteIdentical() throws {
    let first = try Executable.run(["samen", "--seed", "5"], input: Self.script)
    let second = try Executable.run(["samen", "--seed", "5"], input: Self.script)
    #expect(first.stdout == second.stdout)
  }

  @Test("zit de leerling erbij, dan speelt een derde de leerling zodra de docent de leerling aanspreekt")
  func thirdPlayerForTheStudent() throws {
    let home = Executable.temporaryDirectory()
    let fixture = Executable.packageRoot.appendingPathComponent(
      "Tests/OudergesprekKitTests/Fixtures/goed/leerling-erbij.json"
    ).path
    let result = try Executable.run(
      ["samen", fixture, "--seed", "2", "--leerling", "derde"],
      input: "\nDaan, hoe zie jij dat zelf?\nIk verveel me gewoon.\n\n", home: home)
    #expect(result.stdout.contains("leerling (derde speler)> "))
    let transcript = try onlyTranscript(in: home)
    #expect(transcript.roles?.leerling == .derde)
    let student = try #require(transcript.turns.first { $0.speaker == .leerling })
    #expect(student.text == "Ik verveel me gewoon.")
    #expect(student.source == .derde)
    // The student answers for herself; the parent does not answer for her.
    #expect(transcript.turns.map(\.speaker) == [.ouder, .docent, .leerling])
  }

  @Test("einde van de invoer midden in het gesprek: netjes beëindigd, exit 2, alles wat getypt is bewaard")
  func endOfInput() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["samen", "--seed", "3"], input: "\nU moet gewoon strenger zijn.\nDat doe ik al!\n", home: home)
    #expect(result.status == 2)
    #expect(result.stdout.contains("Einde van de invoer"))
    let transcript = try onlyTranscript(in: home)
    #expect(transcript.outcome == .gestopt)
    #expect(transcript.turns.map(\.text).contains("Dat doe ik al!"))
    #expect(transcript.review?.rows.allSatisfy { $0.colleague == nil } == true)
  }

  @Test("een onbekende waarde bij --leerling is een duidelijke fout")
  func unknownStudentPlayer() throws {
    let result = try Executable.run(["samen", "--leerling", "buurman"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--leerling 'buurman' bestaat niet; kies collega of derde"))
  }

  private func onlyTranscript(in home: URL) throws -> Transcript {
    try SessionFolder(home: home).onlyTranscript()
  }
}
