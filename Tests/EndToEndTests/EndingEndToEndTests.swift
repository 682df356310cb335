import Foundation
import Testing

@Suite("Afronden via de terminal")
struct EndingEndToEndTests {
  /// Makes the mother angry and keeps her there until ending early is the professional move.
  static let pushToTheLimit = """
    Daar heeft u het zelf naar gemaakt.
    Hm-hm.
    Hm-hm.

    """

  static let goodClosing = """
    /stop
    Ik stel voor dat we het gesprek nu afronden.
    Ik hoor dat u boos bent.
    Zullen we volgende week dinsdag verder praten, met de teamleider erbij?
    Dank u wel voor uw komst.

    """

  @Test("een script met /stop en slotwoorden rondt af; einde van de invoer sluit de afronding af")
  func scriptedGoodEarlyEnding() throws {
    let home = Executable.temporaryDirectory()
    let run = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "2"], input: Self.pushToTheLimit + Self.goodClosing, home: home)
    #expect(run.status == 0)
    #expect(run.stdout.contains("de ouder accepteert het einde."))
    #expect(run.stdout.contains("Je afsluiting (vroegtijdig afronden):"), "in het verslag, één keer")
    let json = try transcript(in: home)
    let ending = try #require(json["ending"] as? [String: Any])
    #expect(ending["kind"] as? String == "vroeg")
    let criteria = try #require(ending["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == criteriaIDs(middle: "reden-zonder-verwijt"))
    #expect(criteria.allSatisfy { ($0["met"] as? Bool) != nil && !(($0["feedback"] as? String) ?? "").isEmpty })
    let met = Set(criteria.filter { $0["met"] as? Bool == true }.compactMap { $0["id"] as? String })
    #expect(met.isSuperset(of: ["afronding-aankondigen", "gevoelsreflectie", "vervolgafspraak", "bedanken"]))
    let score = try #require(ending["score"] as? Int)
    #expect((60...100).contains(score))
    let early = try #require(json["earlyEnding"] as? [String: Any])
    #expect(early["verdict"] as? String == "herkend-goed-afgerond")
    #expect(early["advisedAtTurn"] as? Int == 3)
    #expect(early["stoppedAtTurn"] as? Int == 3)
  }

  @Test("een onbeleefde afsluiting: de ouder loopt weg, de rest van het script wordt niet meer gelezen")
  func rudeEnding() throws {
    let home = Executable.temporaryDirectory()
    let run = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "2"],
      input: Self.pushToTheLimit + "/stop\nU moet nu echt gaan, dit heeft geen zin.\nDank u wel voor uw komst.\n",
      home: home)
    #expect(run.status == 0)
    #expect(run.stdout.contains("loopt boos weg"))
    #expect(!run.stdout.contains("afsluiting> Dank u wel"))
    let json = try transcript(in: home)
    #expect(json["outcome"] as? String == "geescaleerd")
    let ending = try #require(json["ending"] as? [String: Any])
    #expect(ending["reaction"] as? String == "loopt-weg")
    let score = try #require(ending["score"] as? Int)
    #expect(score < 60)
  }

  @Test("als de tijd om is, vraagt het programma om een afsluiting op tijd")
  func closeOnTime() throws {
    let home = Executable.temporaryDirectory()
    let replies = String(repeating: "Hm-hm.\n", count: 15)
    let closing = """
      Ik stel voor dat we het gesprek nu afronden.
      Samengevat: Sanne slaapt slecht en is stil in de klas.
      Ik bel u volgende week donderdag hoe het met Sanne gaat.
      Dank u wel voor uw komst.

      """
    let run = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "4"], input: replies + closing, home: home)
    #expect(run.status == 0)
    #expect(run.stdout.contains("De tijd is om."))
    #expect(run.stdout.contains("afsluiting> "))
    let json = try transcript(in: home)
    #expect(json["outcome"] as? String == "tijd-om")
    let ending = try #require(json["ending"] as? [String: Any])
    #expect(ending["kind"] as? String == "op-tijd")
    let criteria = try #require(ending["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == criteriaIDs(middle: "samenvatting"))
    #expect(ending["reaction"] as? String == "accepteert")
  }

  private func criteriaIDs(middle: String) -> [String?] {
    ["afronding-aankondigen", middle, "gevoelsreflectie", "vervolgafspraak", "bedanken", "geen-blokkade"]
  }

  private func transcript(in home: URL) throws -> [String: Any] {
    try SessionFolder(home: home).onlyTranscriptJSON()
  }
}
