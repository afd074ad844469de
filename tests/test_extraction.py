"""Whole-pipeline behaviour: short reports in, the results they state out, and nothing they do not."""

from __future__ import annotations

import pytest

import extractor
from extractor.linking import Entity, clean_name

WC = "The World Cup women's 500m in Inzell was held on Saturday. Mia Sand finished ninth in 38.20.\n"
OLY = "The women's 1,000m at the Milan Winter Olympics was held on Sunday. Mia Sand finished ninth in 1:14.20.\n"


def results(record: dict) -> dict[str, dict]:
    return {r["athlete"]: r for e in record["events"] for r in e["results"]}


@pytest.mark.parametrize(
    ("text", "athlete", "field", "value"),
    [
        (WC + "Anna Berg won in 37.04 seconds.", "Anna Berg", "rank", 1),
        (WC + "Anna Berg won in 37.04 seconds.", "Anna Berg", "time", "37.04"),
        (WC + "Anna Berg finished sixth in 37.90.", "Anna Berg", "rank", 6),
        (WC + "Anna Berg won the senior women's 500 metres in 38.7 on hand timing.", "Anna Berg", "time", "38.7"),
        (WC + "Anna Berg of Norway won in 37.04.", "Anna Berg", "nation", "NOR"),
        (WC + "The winner was Norway's Anna Berg in 37.04.", "Anna Berg", "rank", 1),
        (WC + "The victory was celebrated by the athlete from Norway Anna Berg in 37.04.", "Anna Berg", "rank", 1),
        (WC + "In the last distance Anna Berg was the best of all with the result 37.04.", "Anna Berg", "rank", 1),
        (WC + "Ida Moe was fifth, 1.02 seconds off Anna Berg's winning time of 37.04.", "Anna Berg", "rank", 1),
        (WC + "Ida Moe was fifth, 1.02 seconds off Anna Berg's winning time of 37.04.", "Ida Moe", "time", "38.06"),
        (
            WC + "Ida Moe was fifth, 1.02 seconds off the winning time of 37.04 set by Japan's Mio Kuroda.",
            "Mio Kuroda",
            "time",
            "37.04",
        ),
        (WC + "Norway's Anna Berg was the winner, while Ida Moe did not start.", "Anna Berg", "rank", 1),
        (WC + "Japan's Aiko Mori won in 37.04.", "Aiko Mori", "nation", "JPN"),
        (WC + "Dutchwoman Evi Schreurs was third in 37.31.", "Evi Schreurs", "nation", "NED"),
        (WC + "Anna Berg finished in 1 minute, 13.19 seconds.", "Anna Berg", "time", "1:13.19"),
        (OLY + "Femke Kok claimed silver in 1:12.59.", "Femke Kok", "rank", 2),
        (OLY + "Anna Berg finished second in 1:12.59.", "Anna Berg", "medal", "silver"),
        (OLY + "Lena Holt, Mia Sand and Ivy Dale finished 14th, 15th and 22nd respectively.", "Ivy Dale", "rank", 22),
        (
            WC + "Anna Berg won in 37.04, her teammate Lisa Vos was second in 37.11 and Ida Moe completed the "
            "podium in 37.20.",
            "Ida Moe",
            "time",
            "37.20",
        ),
    ],
)
def test_stated_values(record_of, text: str, athlete: str, field: str, value) -> None:
    row = results(record_of(text))[athlete]
    got = row[field]["text"] if field == "time" and row[field] else row[field]
    assert got == value


def test_exact_gap_gives_a_derived_time(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. Lisa Holm was second, 0.28 seconds behind Berg."
    holm = results(record_of(text))["Lisa Holm"]
    assert holm["time"] == {"text": "37.32", "seconds": 37.32, "derived": True}


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Anna Berg took gold in 1:12.31, followed by Italy's Ida Moe and Poland's Lisa Holm.", "Lisa Holm", 3),
        ("Anna Berg won in 1:12.31. The 24-year-old was followed by Ida Moe and Lisa Holm.", "Ida Moe", 2),
        ("Anna Berg won in 1:12.31. The 24-year-old was followed by Ida Moe and Lisa Holm.", "Lisa Holm", 3),
    ],
)
def test_athletes_followed_by_the_winner_take_the_next_places(record_of, sentence: str, athlete: str, rank: int):
    row = results(record_of(OLY + sentence))[athlete]
    assert (row["rank"], row["medal"]) == (rank, {2: "silver", 3: "bronze"}[rank])


def test_a_past_year_in_an_apposition_to_the_venue_dates_only_the_venue(record_of) -> None:
    text = (
        "Park wins 1,500m\n\nSouth Korea's Park Ji-woo won the women's 1,500-meter final at the World Tour stop in "
        "Gangneung on Sunday. Park crossed the line in 2 minutes, 28.417 seconds at Gangneung Ice Arena, the venue of "
        "the 2018 PyeongChang Winter Olympics short track events, holding off China's Wang Xinyi by 0.092 seconds."
    )
    rows = results(record_of(text))
    assert (rows["Ji-woo Park"]["time"]["text"], rows["Xinyi Wang"]["time"]["text"]) == ("2:28.417", "2:28.509")


def test_among_the_other_gender_starts_their_run_of_the_event(record_of) -> None:
    text = (
        "Baek and Zhou crowned world champions\n\nSeo-yun Baek claimed the overall title at the World Championships "
        "with 102 points. Her teammate Hae-rim Jin took overall silver with 68 points.\n\nAmong the men, Yiming Zhou "
        "(CHN) secured the overall gold with 94 points, ahead of Gi-hoon Nam (KOR, 81 points)."
    )
    assert [(gender, names) for _, gender, names in events_of(record_of(text))] == [
        ("women", ["Seo-yun Baek", "Hae-rim Jin"]),
        ("men", ["Yiming Zhou", "Gi-hoon Nam"]),
    ]


def test_a_results_list_with_nation_codes_and_continental_gaps(record_of) -> None:
    text = (
        "Haugen wins in Ruka\n\nNorway's Ingrid Haugen won the women's 10km classic at the World Cup in Ruka.\n\n"
        "Results, women's 10km classic:\n1. Ingrid Haugen NOR 27.41,3\n2. Elsa Lindqvist SWE +6,8\n"
        "3. Aino Makela FIN +1.14,2"
    )
    row = results(record_of(text))["Aino Makela"]
    assert (row["nation"], row["rank"], row["time"]["text"]) == ("FIN", 3, "28:55.5")


def test_a_place_named_after_in_is_no_athlete_where_it_stands_again(record_of) -> None:
    text = (
        "Harkema wins in Tomaszow\n\nJoep Harkema (NED) won the men's 1000m in Tomaszow Mazowiecki by twelve "
        "hundredths of a second from Declan Frye (USA).\n\nRESULTS - World Cup #4, Tomaszow Mazowiecki (POL)\n\n"
        "Men's 1000m\n1. Joep Harkema NED 1:08.14\n2. Declan Frye USA +0.12"
    )
    assert events_of(record_of(text)) == [(1000, "men", ["Joep Harkema", "Declan Frye"])]


def test_the_story_goes_back_to_its_race_after_one_of_another_day(record_of) -> None:
    text = (
        "Seo wins 1,000m in Seoul\n\nSEOUL -- Seo Ha-yoon won the women's 1,000 meters at the World Cup in Seoul on "
        "Sunday in 1:28.904. Noortje Bakels of the Netherlands was second in 1:28.951.\n\nOn Saturday, Seo won the "
        "women's 1,500m in 2:21.330.\n\n[Photo caption] Park Jun-seo competes in the men's 1,000m semifinals.\n\n"
        "Canada's Justine Caron finished fourth in 1:29.560."
    )
    assert events_of(record_of(text))[0] == (1000, "women", ["Ha-yoon Seo", "Noortje Bakels", "Justine Caron"])


def test_the_story_goes_back_to_its_race_after_the_same_distance_of_another_day(record_of) -> None:
    text = (
        "Wieczorek third in the 500 m\n\nKacper Wieczorek took third place in Sunday's 500 m race of the World Cup "
        "in Tomaszow in 34.52. Laurent Dufresne won in 34.38.\n\nIn Saturday's first 500 m race, won by Etienne Roy, "
        "he was fifth.\n\nWieczorek had the fastest opening 100 m of the whole field (9.58).\n\n"
        "Marek Nowak finished 11th with 34.91."
    )
    assert events_of(record_of(text))[0] == (500, "men", ["Laurent Dufresne", "Kacper Wieczorek", "Marek Nowak"])


def test_runs_in_brackets_after_a_total_and_a_standings_list_are_no_results(record_of) -> None:
    text = (
        "Men's slalom results\n\nAksel Bakke of Norway won Sunday's World Cup slalom.\n\n"
        "1. Aksel Bakke, Norway, 1:42.18 (51.37, 50.81)\n\n2. Clement Noiret, France, +0.31 (50.94, 51.55)\n\n"
        "Slalom standings (after 6 of 10 races): 1. Noiret 365 points; 2. Bakke 340; 3. Loic Meillerat, "
        "Switzerland, 296."
    )
    record = record_of(text)
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in record["events"][0]["results"]] == [
        ("Aksel Bakke", 1, "1:42.18"),
        ("Clement Noiret", 2, "1:42.49"),
    ]
    assert "Loic Meillerat" in [p["name"] for p in record["people"]]


def test_a_description_opening_its_sentence_is_the_subject_a_pronoun_goes_on_with(record_of) -> None:
    text = (
        "Lapointe storms to Olympic 500m short track gold, Frenchman Ferrand fifth\n\nCanada's Maxime Lapointe won "
        "the Olympic short track 500m title on Monday, as France's Quentin Ferrand took fifth place.\n\nLapointe "
        "crossed in 40.112sec. China's Xu Bowen took bronze in 40.298.\n\nFor Ferrand, the evening was a success. "
        "The 23-year-old from Font-Romeu, who was 31st in the world standings at the start of the season, came through "
        "his quarter-final before finishing third in his semi-final behind Lapointe and Xu, which sent him to the B "
        "final.\n\nThere he went to the front at the start and held off Dutchman Niels Oosterbaan's challenge to win "
        "the race, which gives him fifth place overall."
    )
    final = record_of(text)["events"][0]
    assert {r["athlete"]: r["rank"] for r in final["results"]} == {
        "Maxime Lapointe": 1,
        "Quentin Ferrand": 5,
        "Bowen Xu": 3,
    }


def test_a_place_of_a_split_is_no_place_and_the_winner_described_is_the_one_named(record_of) -> None:
    text = (
        "Masters Cup: a golden-oldies weekend in Collalbo\n\nIn the women 45-49 500m, France's Nathalie Girard won "
        "in 43.05, with Sweden's Britta Lindholm second, 0.38 seconds behind.\n\nThe oldest winner of the weekend "
        "was Eberhard Koll. The 73-year-old German, who skated for West Germany at two world championships in the "
        "1970s, took the men 70-74 1000m in 1:37.22. His opener was only the fifth-best. Finland's Tom Kallio was "
        "second in 1:39.10."
    )
    rows = [(r["athlete"], r["rank"]) for e in record_of(text)["events"] for r in e["results"]]
    assert ("Eberhard Koll", 1) in rows
    assert ("Nathalie Girard", 1) in rows


def test_a_newest_first_live_blogs_closing_list_belongs_to_its_race(record_of) -> None:
    text = (
        "Royce wins men's 1500m gold - as it happened\n\n17:38 That's all from us. Do join us tomorrow for the "
        "women's 5000m. Here's the top three once more:\n\n1. Caden Royce (USA) 1:44.12\n2. Thijs Rozendaal (NED) "
        "+0.23\n3. Yang Tianyu (CHN) +0.58\n\n17:21 A word for the Brit. Ollie Dunmore ends up 17th of the 30 "
        "starters. Next up for him is the team pursuit on Saturday.\n\n16:28 Pair 6: Switzerland's Nico Baumann goes "
        "1:45.66, which slots him in second for now.\n\n16:00 Welcome to live coverage of the men's 1500m."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [
        ("Caden Royce", 1),
        ("Thijs Rozendaal", 2),
        ("Yang Tianyu", 3),
        ("Ollie Dunmore", 17),
        ("Nico Baumann", None),
    ]


def test_in_fifth_after_a_gap_behind_the_winner_is_the_place_of_the_one_behind(record_of) -> None:
    text = (
        "Kuipers fourth in 1500 metres\n\nFemke Kuipers finished fourth in the women's 1500 metres at the Olympics "
        "in 1:54.98. The gold went to Japan's Ayane Morikawa in 1:54.11.\n\nBetween Kuipers and De Wit came Norway's "
        "Ingrid Saether, 0.95 behind Morikawa in fifth, and Poland's Zofia Wrobel in sixth."
    )
    rows = results(record_of(text))
    assert {name: row["rank"] for name, row in rows.items()} == {
        "Femke Kuipers": 4,
        "Ayane Morikawa": 1,
        "Ingrid Saether": 5,
        "Zofia Wrobel": 6,
    }
    assert rows["Ingrid Saether"]["time"]["text"] == "1:55.06"


def test_the_one_the_silver_medallist_finished_behind_is_first(record_of) -> None:
    text = (
        "Seo wins silver\n\nMILAN (Yonhap) -- In the men's 1,000m short track final at the Olympics, Seo Jae-won "
        "took silver in 1:26.104, just 0.047 second behind Canada's Etienne Bouchard. Sven Roodhart of the Netherlands "
        "won the bronze medal."
    )
    rows = results(record_of(text))
    assert (rows["Etienne Bouchard"]["rank"], rows["Etienne Bouchard"]["medal"]) == (1, "gold")
    assert rows["Etienne Bouchard"]["time"]["text"] == "1:26.057"


def test_the_other_skater_of_a_nation_makes_the_headlines_skater_of_it_and_lost_to_is_a_gap(record_of) -> None:
    text = (
        "Grabowska 14th in Olympic 1000 m\n\nMilan (PAP) - Natalia Grabowska took 14th place in the 1000 m speed "
        "skating race at the Winter Olympics in Milan in 1:15.41. The gold medal went to Dutchwoman Noor Veenstra "
        "(1:13.72).\n\nThe other Polish skater, Weronika Mazur, finished 21st in 1:15.98.\n\nAmerican Kendall Ruiz "
        "lost 0.23 to Veenstra and took silver."
    )
    rows = results(record_of(text))
    assert rows["Natalia Grabowska"]["nation"] == "POL"
    assert rows["Kendall Ruiz"]["time"] == {"text": "1:13.95", "seconds": 73.95, "derived": True}


def test_a_datelines_year_sets_no_background_for_the_sentence_after(record_of) -> None:
    text = (
        "Feldmeier wins Ostersund individual\n\nOstersund (SWE), 3 December 2025 - Hanna Feldmeier opened the new "
        "World Cup season exactly the way she finished the last one: on top of the podium. The 26-year-old German hit "
        "19 of 20 targets and won the women's 15 km individual in 42:18.6.\n\nThe World Cup continues on Saturday "
        "with the 7.5 km sprint."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], event["results"][0]["athlete"]) == (15000, "Hanna Feldmeier")
    assert event["results"][0]["time"]["text"] == "42:18.6"


def test_a_title_of_another_days_race_and_a_past_months_place_are_not_the_story(record_of) -> None:
    text = (
        "Brandstrom wins Oberhof pursuit\n\nOberhof, 12 January 2026 - Viktor Brandstrom started the men's 12.5km "
        "pursuit in 14th place, 1:05 behind Friday's sprint winner. He crossed the line in 33:12.4, 9.3 seconds ahead "
        "of Norway's Eirik Lunde.\n\nHis coach said Brandstrom had been working on his shooting since his fourth place "
        "in Ruhpolding in March."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 12500
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Viktor Brandstrom", None), ("Eirik Lunde", None)]


def test_a_time_down_the_course_is_a_time_not_a_gap(record_of) -> None:
    text = (
        "Brunner wins Kitzbuehel downhill\n\nKITZBUEHEL (Reuters) - Austrian Lukas Brunner won the Hahnenkamm downhill "
        "on Saturday, clocking one minute 53.47 seconds down the icy Streif. Switzerland's Nico Aebischer was second, "
        "0.18 seconds back."
    )
    rows = results(record_of(text))
    assert [rows[name]["time"]["text"] for name in ("Lukas Brunner", "Nico Aebischer")] == ["1:53.47", "1:53.65"]


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Germany's Carla Steinmuller took bronze with a season's best 4:02.40.", "4:02.40"),
        ("Germany's Carla Steinmuller clocked a season's best 4:02.40 for bronze.", "4:02.40"),
        ("Germany's Carla Steinmuller, who arrived with a season's best of 4:01.10, took bronze.", None),
        ("Germany's Carla Steinmuller took bronze. She had posted a season's best of 4:01.10 in January.", None),
    ],
)
def test_a_seasons_best_just_set_is_the_time_and_one_brought_along_is_not(record_of, sentence, time) -> None:
    row = results(record_of(f"Women's 1500m final\n\n{sentence}")).get("Carla Steinmuller")
    assert (row and row["time"] and row["time"]["text"]) == time


def test_the_length_after_crossing_the_line_is_the_races_distance(record_of) -> None:
    text = (
        "Marchand takes Berlin inline marathon\n\nBERLIN - Jonas Weber from Potsdam finished 14th in the men's race of "
        "the Berlin Marathon on Saturday, crossing the line in 59:03 after 42.195 kilometres."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 42195
    assert (event["results"][0]["rank"], event["results"][0]["time"]["text"]) == (14, "59:03")


def test_a_nations_second_skater_makes_the_headlines_skater_of_it(record_of) -> None:
    text = (
        "Bjornstad sixth on the 10,000 metres\n\nTorstein Bjornstad finished sixth on the 10,000 metres at the "
        "Olympics in Milan in 12:55.48. The Dutchman Bram Keizer won the gold.\n\nNorway's second skater, Even "
        "Nyhus, finished tenth."
    )
    rows = results(record_of(text))
    assert (rows["Torstein Bjornstad"]["nation"], rows["Even Nyhus"]["nation"]) == ("NOR", "NOR")


def test_a_triathlons_legs_are_no_races_and_the_race_to_come_takes_no_results(record_of) -> None:
    text = (
        "Carrick wins in Port Almaro\n\nBritain's Sophie Carrick won the women's World Triathlon Championship Series "
        "race in Port Almaro on Saturday in 1:54:07, nine seconds clear of Spain's Laura Ferrandiz.\n\nSWIM: 1.5km\n\n"
        "Carrick exited the water in 19:44.\n\nRUN: 10km\n\nFerrandiz was handed a 10-second penalty in T2.\n\n"
        "The men's race takes place on Sunday morning.\n\nResults\n1. Sophie Carrick (GBR) 1:54:07\n"
        "2. Laura Ferrandiz (ESP) 1:54:16"
    )
    record = record_of(text)
    assert [(e["sport"], e["gender"], e["distance_m"]) for e in record["events"]] == [("triathlon", "women", None)]
    assert results(record)["Sophie Carrick"]["time"]["text"] == "1:54:07"


def test_results_of_another_days_race_in_an_after_clause_are_background(record_of) -> None:
    text = (
        "Aasheim wins 10,000m\n\nNorway's Sindre Aasheim won the men's 10,000m at the European Championships on "
        "Thursday in 27:31.45. Britain's Tom Pask took bronze in 27:35.10.\n\nHis bronze added to a good week for "
        "the British squad, after Tuesday's women's 10,000m was won by the Dutchwoman Femke Raaijmakers, with "
        "Britain's Isla Gurney fifth."
    )
    assert events_of(record_of(text)) == [(10000, "men", ["Sindre Aasheim", "Tom Pask"])]


def test_a_ban_that_strips_a_medal_reports_no_race(record_of) -> None:
    text = (
        "Dekker banned four years, stripped of world bronze\n\nAIGLEMONT, March 4, 2026 -- Dutch rider Ruud Dekker "
        "has been banned for four years and will lose the world championship bronze medal he won in 2024.\n\n"
        "The case is the second involving a Dutch rider in a year, after Joost Hellingman was banned in 2025."
    )
    assert record_of(text)["events"] == []


def test_a_day_named_in_passing_does_not_date_later_results(record_of) -> None:
    text = (
        "Kerr wins 500m in Calgary\n\nMaddie Kerr won the women's 500 metres at the World Cup in Calgary on "
        "Saturday in 36.91. Japan's Misaki Sato took silver in 37.09.\n\nKerr's win came a day after a "
        "disappointing fifth-place finish in Friday's first 500, when she clocked 37.31.\n\nHer coach said the "
        'pair sat down Friday night and went through the video.\n\n"We didn\'t change much," he said.\n\n'
        "Ellie Fournier of Canada was seventh in 37.44, after every race of the season, win or lose, a smile."
    )
    assert events_of(record_of(text)) == [(500, "women", ["Maddie Kerr", "Misaki Sato", "Ellie Fournier"])]


def test_a_video_review_that_disqualifies_the_first_across_the_line(record_of) -> None:
    text = (
        "Park handed 500m gold after video review\n\nKorea's Park Jun-seo was awarded gold in the men's 500 meters at "
        "the World Tour in Montreal on Sunday after the referee's video review disqualified home favorite Felix "
        "Tremblay-Roy, who had crossed the line first. Tremblay-Roy was removed from the final classification.\n\n"
        "Park's time of 40.812 became the winning mark. China's Zhao Yufan, who had initially been shown in third "
        "place, was moved up to silver in 40.877."
    )
    record = record_of(text)
    assert [e["event"] for e in record["events"]] == ["men's 500m"]
    rows = results(record)
    assert (rows["Felix Tremblay-Roy"]["rank"], rows["Felix Tremblay-Roy"]["status"]) == (None, "dq")
    assert (rows["Yufan Zhao"]["rank"], rows["Jun-seo Park"]["rank"]) == (2, 1)


def test_a_distance_over_which_a_team_stopped_the_clock_is_its_races(record_of) -> None:
    text = (
        "Great Britain win women's team pursuit gold\n\nGreat Britain's women won team pursuit gold at the Track "
        "Cycling World Championships, beating New Zealand in the final.\n\nAmelia Forde, Katie Rushworth, Jess "
        "Tanfield and Megan Oyelaran stopped the clock in 4:07.914 over the 4km distance, with the New Zealand quartet "
        "recording 4:09.331.\n\nIt delighted the 10,000 supporters in the velodrome."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], event["gender"], [r["athlete"] for r in event["results"]][:1]) == (
        4000,
        "women",
        ["Great Britain"],
    )


def test_the_two_timed_ahead_of_third_are_first_and_second(record_of) -> None:
    text = (
        "Liu wins 1,000m\n\nIn the men's 1,000m final at the World Tour in Gangneung, China's Liu Haoran clocked "
        "1:24.655 to beat Lee Jun-seo by 0.038 seconds. Dutchman Jens Hoekstra came in third in 1:24.920. Lee was "
        "briefly shown in first place on the scoreboard."
    )
    rows = results(record_of(text))
    assert [(name, rows[name]["rank"]) for name in ("Haoran Liu", "Jun-seo Lee", "Jens Hoekstra")] == [
        ("Haoran Liu", 1),
        ("Jun-seo Lee", 2),
        ("Jens Hoekstra", 3),
    ]


def test_athletes_who_shared_victory_are_both_first(record_of) -> None:
    text = (
        "Dead heat in Stavanger\n\nThijs Verbeek and Kaito Morishita shared victory in the men's 500 metres at the "
        "World Cup in Stavanger on Sunday after both were timed at 34.48 seconds. Ji-won Bae was third in 34.58."
    )
    rows = results(record_of(text))
    assert (rows["Thijs Verbeek"]["rank"], rows["Kaito Morishita"]["rank"]) == (1, 1)


def test_a_relay_beaten_as_someones_team_and_gendered_by_its_members(record_of) -> None:
    text = (
        "Canada and Korea win relays\n\nFelix Fortier anchored Canada to gold in the men's 5,000m relay at the world "
        "short track championships in Montreal on Sunday.\n\nIn the relay, Fortier, Bastien, Noah Tessier and Raphael "
        "Gosselin clocked 6:43.201 to beat Lee's South Korean team - Lee Geon-woo, Choi Min-ho, Song Ji-hun and Bae "
        "Seong-jin - by 0.149 seconds.\n\nIn the 3,000m relay, it was "
        "South Korea that prevailed. Kim Ha-rin, Ryu Ji-an, Baek Seo-hee and Moon Yu-na crossed in 4:05.877, with "
        "the Dutch team of Lotte Veldman, Anouk Kaptein, Roos Hiemstra and Fleur Zandbergen second in 4:06.015."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], e["gender"]) for e in events] == [(5000, "men"), (3000, "women")]
    assert [r["athlete"] for r in events[0]["results"]] == ["Canada", "South Korea"]


def test_a_crew_listed_with_its_seats_and_they_after_the_crew(record_of) -> None:
    text = (
        "Britain win the eight\n\nMen's Eight - Final A\n\nThe Netherlands eight went off fast. But the British "
        "crew, stroked by Ben Huxtable, came back through the third 500m. They crossed the line in 5:24.91, 0.76 "
        "seconds ahead of the Dutch, with Romania taking bronze.\n\nResult\n1. Great Britain (Hamish Carrow, Tom "
        "Ridgewell, Ben Huxtable, cox Isla Morrow) 5:24.91\n2. Netherlands 5:25.67\n3. Romania 5:27.30"
    )
    rows = results(record_of(text))
    assert {name: (r["rank"], r["time"]["text"]) for name, r in rows.items()} == {
        "Great Britain": (1, "5:24.91"),
        "Netherlands": (2, "5:25.67"),
        "Romania": (3, "5:27.30"),
    }
    assert rows["Great Britain"]["members"][-1] == "Isla Morrow"


def test_a_run_in_gender_starts_their_run_of_the_event(record_of) -> None:
    text = (
        "Haugen wins in Ruka\n\nNorway's Ingrid Haugen won the women's 10km classic in Ruka in 27:41.3. Sweden's "
        "Elsa Lindqvist was second.\n\nMen: Odegaard wins, Karkkainen ninth\n\nIn the 10km classic, Norway's "
        "Sindre Odegaard took the victory in 24:12.9. France's Hugo Vallet was second."
    )
    assert [(gender, names) for _, gender, names in events_of(record_of(text))] == [
        ("women", ["Ingrid Haugen", "Elsa Lindqvist"]),
        ("men", ["Sindre Odegaard", "Hugo Vallet"]),
    ]


def test_a_gap_slower_than_a_named_athlete_counts_from_theirs(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Vos was third in 37.31. Ida Moe was one hundredth slower than Vos."
    assert results(record_of(text))["Ida Moe"]["time"]["text"] == "37.32"


def test_chain_of_gaps(record_of) -> None:
    text = WC + (
        "Anna Berg won in 37.04 seconds. Lisa Holm was second, 0.28 seconds behind Berg. "
        "Emma Lind was third, 0.10 seconds behind Holm."
    )
    assert results(record_of(text))["Emma Lind"]["time"] == {"text": "37.42", "seconds": 37.42, "derived": True}


def test_vague_gap_gives_no_time(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. Lisa Holm finished nearly a second slower in second place."
    assert results(record_of(text))["Lisa Holm"]["time"] is None


def test_world_cup_rank_is_no_medal(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. Lisa Holm finished second in 37.30."
    assert results(record_of(text))["Lisa Holm"]["medal"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Berg opened in 10.38 seconds.",
        "Berg came in with a season best of 36.98 seconds.",
        "Berg was well outside the Olympic record of 36.94 seconds.",
        "She completed one lap in just over 26 seconds.",
        "The Asian record in the event, 1:11.02, belongs to Berg.",
        "Berg opened in 17.9 and went 600m in 44.6 before fading.",
        "Berg was still a quarter of a length up at halfway, which she passed in 36.40.",
        "Berg was the only woman to go under 37.50 all day.",
        '"I\'ll take it," said Berg, who won both races in Calgary last month, clocking 1:11.21 in the second of them.',
        "The track record — 36.21 by the retired Canadian Berg — was never in danger.",
    ],
)
def test_non_result_times_are_not_times(record_of, sentence: str) -> None:
    text = OLY + "Anna Berg finished fifth. " + sentence
    assert results(record_of(text))["Anna Berg"]["time"] is None


def test_a_race_not_yet_named_takes_the_distance_a_later_sentence_names(record_of) -> None:
    text = (
        "Hoekstra falls just short\n\nSietske Hoekstra was sitting on the steps behind the stand at Thialf when "
        "she delivered that verdict on Sunday afternoon. The 24-year-old had just skated her best race of the autumn "
        "in the women's 1500 metres at the World Cup.\n\nThe results confirmed fourth place of the 20 starters in "
        "1:55.87. Third place went to American Casey Dunleavy in 1:55.46.\n\nThe World Cup moves on to Calgary, "
        "where Hoekstra will also skate the 1000 metres."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], event["field_size"]) == (1500, 20)


def test_yesterdays_results_in_a_report_of_the_news_day_are_background(record_of) -> None:
    text = (
        "Côté adds 1,500m silver to 1,000m bronze at worlds\n\nPosted: Feb. 14, 2026\n\nA day after she won bronze "
        "in the women's 1,000 metres, Sarah-Jane Côté took silver in the 1,500m on Saturday in 1:53.81. Only Yfke "
        "Dekker of the Netherlands was faster, winning in 1:53.44.\n\nCanada's other Friday result came in the men's "
        "5,000m, where Kieran Doyle was seventh behind winner Tormod Lie of Norway."
    )
    record = record_of(text)
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        (1500, ["Yfke Dekker", "Sarah-Jane Côté"])
    ]
    assert {"Kieran Doyle", "Tormod Lie"} <= {p["name"] for p in record["people"]}


def test_a_time_set_at_a_place_the_lede_does_not_name_is_no_result(record_of) -> None:
    text = (
        "Reid fifth\n\nCallum Reid clocked 1:45.30 in the men's 1,500 metres at the European Championships in "
        "Tomaszow yesterday, finishing fifth.\n\nMark Tennant, who skated the 1,500 for Britain at the 1998 Olympics, "
        "was equally struck. Tennant's time in Nagano was 1:52.40."
    )
    assert list(results(record_of(text))) == ["Callum Reid"]


@pytest.mark.parametrize(
    ("text", "athletes"),
    [
        (
            "Live: Tonnesvik\n\nThree distances today. Yesterday Ingrid Aasen won the 1500m; today it is the turn of "
            "the women's 3000m.\n\nMerel Stapper wins the 3000m in 3:58.44.",
            ["Merel Stapper"],
        ),
        (
            "Live: Tonnesvik\n\nThe women's 1000m is under way today.\n\nJildou Kramer was fourth in 1:14.60. The "
            "Dutchwoman, who won yesterday's 500m, beat Gao Xinran in their pair.",
            ["Jildou Kramer"],
        ),
        (
            "Reid fifth\n\nCallum Reid clocked 1:45.30 in the men's 1,500 metres yesterday, finishing fifth.",
            ["Callum Reid"],
        ),
    ],
)
def test_yesterday_is_another_day_only_where_the_text_says_today(record_of, text: str, athletes: list[str]) -> None:
    record = record_of(text)
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in record["events"]][0][1] == athletes
    assert len(record["events"]) == 1


def test_brothers_named_with_one_family_name_are_two_athletes(record_of) -> None:
    text = (
        "Kessling brothers share the ice\n\nFor the first time in their careers, Tyler and Jordan Kessling raced "
        "the same World Cup 1,000 meters.\n\nJordan Kessling, 22, skated a 1:08.19 on Saturday to finish second "
        "behind Dutchman Rutger Haanstra, who won in 1:08.02.\n\nTyler, 25, skating in the pair before his brother, "
        "finished sixth in 1:08.71. Jordan said he had felt strong. Jordan was happy."
    )
    assert {name: r["rank"] for name, r in results(record_of(text)).items()} == {
        "Rutger Haanstra": 1,
        "Jordan Kessling": 2,
        "Tyler Kessling": 6,
    }


def test_a_description_with_adjectives_is_the_last_subject_unless_a_name_follows(record_of) -> None:
    text = OLY + (
        "Noor Brinkman is Olympic champion. The youngest member of the Dutch women's team blasted round the oval in "
        "1:13.02 to snatch the gold. The defending champion, Amélie Dubois of France, was sixth in 1:14.63."
    )
    rows = results(record_of(text))
    assert (rows["Noor Brinkman"]["time"]["text"], rows["Noor Brinkman"]["rank"]) == ("1:13.02", 1)
    assert rows["Amélie Dubois"]["rank"] == 6


def test_a_long_aside_on_a_past_title_dates_only_the_aside(record_of) -> None:
    text = (
        "Aasland wins\n\nSindre Aasland won the men's 5,000 metres at the European Single Distance Championships on "
        "Saturday in 6:12.87. Thijs Overbeek of the Netherlands, the reigning world champion at the distance and "
        "winner of this title a year ago in 6:11.40, had to settle for silver in 6:13.44."
    )
    row = results(record_of(text))["Thijs Overbeek"]
    assert (row["rank"], row["medal"], row["time"]["text"]) == (2, "silver", "6:13.44")


def test_a_distance_without_gender_is_the_race_of_its_subjects_gender(record_of) -> None:
    text = (
        "Ottens and Bremnes win\n\nFleur Ottens won the women's 1000m in 1:14.88. Norway's Ingvild Fosse won silver "
        "in 1:15.20.\n\nMoritz Albers was eighth in the 1000m in 1:08.91. The race went to Norway's Kjetil Bremnes "
        "in 1:08.02."
    )
    assert [(gender, names) for _, gender, names in events_of(record_of(text))] == [
        ("women", ["Fleur Ottens", "Ingvild Fosse"]),
        ("men", ["Kjetil Bremnes", "Moritz Albers"]),
    ]
    text = text.replace("Moritz Albers was eighth in the 1000m in 1:08.91. The race went to", "The 1000m title went to")
    assert [(gender, names) for _, gender, names in events_of(record_of(text))][1] == ("men", ["Kjetil Bremnes"])


def test_a_championships_earlier_day_keeps_its_races_results(record_of) -> None:
    text = (
        "Sugimura wins world sprint title\n\nPublished Feb 23, 2026\n\nSugimura Haruka won the women's title at the "
        "world sprint speed skating championships on Sunday, 0.230 points ahead of Esmee Westra of the "
        "Netherlands.\n\nSugimura set up the title on Saturday, winning the opening 500 in 37.42. Qiao Meiling of "
        "China was second in 37.55 and Westra third in 37.68."
    )
    races = {e["distance_m"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert races[500] == ["Haruka Sugimura", "Meiling Qiao", "Esmee Westra"]


def test_who_thought_she_had_won_is_the_nations_description_a_sentence_later(record_of) -> None:
    text = (
        "Nishikawa gold\n\nMaude Tessier thought she had won. For a few minutes on Tuesday afternoon, so did most of "
        "the people watching.\n\nThe Canadian crossed the line in pair 13 of 15 in 1:53.90 and dropped to her "
        "knees.\n\nThen Aya Nishikawa of Japan stopped the clock at 1:53.61 to win the women's 1500m."
    )
    rows = results(record_of(text))
    assert (rows["Maude Tessier"]["rank"], rows["Maude Tessier"]["nation"]) == (None, "CAN")
    assert rows["Maude Tessier"]["time"]["text"] == "1:53.90" and rows["Aya Nishikawa"]["rank"] == 1


def test_he_after_a_sentence_without_subject_is_not_the_pair_partner(record_of) -> None:
    text = (
        "Postma wins\n\nOnly seven skaters started the men's 10,000m, with several distance men saving themselves "
        "for the Olympic qualifying races. Defending champion Jelmer Postma, paired with Wouter Boersma, passed "
        "halfway in 6:29.8. He crossed the line in 13:02.45.\n\nBoersma finished 4.81 seconds behind to take silver "
        "and Hidde Brouwer took bronze in 13:11.09."
    )
    assert results(record_of(text))["Jelmer Postma"]["time"]["text"] == "13:02.45"


def test_a_venue_named_like_a_person_is_no_athlete(record_of) -> None:
    text = OLY + (
        "Norway's Oda Bratlie took silver in 1:44.40 and the home favourite, Poland's Magdalena Kaczmarek, brought "
        "the Arena Lodowa crowd to its feet with bronze in 1:44.95."
    )
    assert {name: r["medal"] for name, r in results(record_of(text)).items()} == {
        "Mia Sand": None,
        "Oda Bratlie": "silver",
        "Magdalena Kaczmarek": "bronze",
    }


def test_celebrity_in_the_stands_is_not_a_result(record_of) -> None:
    text = OLY + (
        "Anna Berg won gold in 1:12.31. Her fiance, the professional boxer Jake Paul, watched from the stands."
    )
    record = record_of(text)
    assert "Jake Paul" not in results(record)
    roles = {p["name"]: p["role"] for p in record["people"]}
    assert roles["Jake Paul"] in {"fiance", "boxer"}


def test_background_results_are_not_events(record_of) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31. Berg had won the 1,500m at the 2022 Games in 1:53.28."
    record = record_of(text)
    assert [e["distance_m"] for e in record["events"]] == [1000]
    assert results(record)["Anna Berg"]["time"]["text"] == "1:12.31"


@pytest.mark.parametrize(
    "sentence",
    [
        "The last Norwegian woman to contest the distance, Lisa Holm, did so two decades ago and finished 31st.",
        "Lisa Holm, who was the last Norwegian to win this distance at the Olympics, was not surprised.",
        "Berg added a second medal for Norway after Lisa Holm's silver in the 500 metres.",
        "Berg joined Lisa Holm, who won here in 2016, as the only Norwegian women to win at the Games.",
        "Lisa Holm qualified for the 1500m after winning the national title in 1:55.12 in Hamar.",
        "Berg is one short of the record held by Lisa Holm, who won the title five times between 2009 and 2016.",
    ],
)
def test_a_past_result_told_in_passing_is_not_a_result(record_of, sentence) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31. " + sentence
    record = record_of(text)
    assert "Lisa Holm" not in results(record)
    assert [e["distance_m"] for e in record["events"]] == [1000]


def test_a_transcripts_she_is_not_the_speaker_of_the_line(record_of) -> None:
    text = (
        "The Inner Lane, Episode 112\n\nNick Aldridge and Sophie Lange break down the women's 500 metres at the "
        "European Championships.\n\nNICK: Natalia Kowalczyk won it in 37.61. And Julie Moreau, the Frenchwoman, "
        "where was she?\n\nSOPHIE: I think she was fourth."
    )
    rows = results(record_of(text))
    assert "Sophie Lange" not in rows
    assert rows["Julie Moreau"]["rank"] == 4


def test_quotes_are_not_results(record_of) -> None:
    text = WC + 'Anna Berg won in 37.04. "I skated 36.90 in training," said Lisa Holm.'
    assert "Lisa Holm" not in results(record_of(text))


def test_teammate_implies_the_nation(record_of) -> None:
    text = WC + "Anna Berg of Norway won in 37.04. Her teammate Lisa Holm finished third in 37.40."
    assert results(record_of(text))["Lisa Holm"]["nation"] == "NOR"


def test_family_name_first_is_reordered(record_of) -> None:
    text = WC + "Takeda Yui won in 37.04. Takeda led from the start, and Takeda said she was happy."
    row = results(record_of(text))["Yui Takeda"]
    assert "Takeda Yui" in row["aliases"]


def test_two_races_in_one_report(record_of) -> None:
    text = (
        "Anna Berg won the women's 500m in 37.04 seconds.\n"
        "In the men's 1,000m, Lars Dahl won in 1:07.11 ahead of Tom Hill, who was second in 1:07.50."
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"]) for e in events] == [("women", 500), ("men", 1000)]


def test_a_lone_placing_is_not_an_event(record_of) -> None:
    text = "Anna Berg, who finished sixth at the World Cup in Inzell, signed a new sponsorship deal."
    assert record_of(text)["events"] == []


def test_no_events_in_a_preview(record_of) -> None:
    text = (
        "World Cup preview: who to watch in Heerenveen\n\n"
        "Anna Berg arrives with the season's best time of 37.01. She will skate the 500m on Saturday."
    )
    assert record_of(text)["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a training session is no race
        "Ashcombe quickest as sliders get first look at the track\n\n"
        "Britain's Tom Ashcombe was fastest in the opening session of official training for the Olympic skeleton "
        "on Tuesday. He clocked 58.12 seconds, ahead of Germany's Niklas Brenninger in 58.27.",
        # a court hearing on a past race
        "Whitfield's bid to win back silver heard at CAS\n\nJada Whitfield has asked the Court of Arbitration for "
        "Sport to restore her silver medal. The disqualification moved Canada's Rachelle Dubois up from third to "
        "silver in 37.31.",
        # a race of months before the report's date, told in the past
        "Whitfield appeal heard in Lausanne\n\nTuesday, 14 October 2025\n\n"
        "Jada Whitfield has asked the court to restore her silver medal. Whitfield crossed the line second in "
        "37.22 in the 500m final at the World Championships in March.",
    ],
)
def test_no_events_in_a_training_report_or_a_look_back_months_later(record_of, text: str) -> None:
    assert record_of(text)["events"] == []


@pytest.mark.parametrize(
    ("text", "athlete"),
    [
        # "that final" after a sentence on another time: a medal reallocated for a race of years ago
        (
            "Brackley finished fourth in the 1500m final at the World Tour in Dresden on Saturday in 2:22.604. "
            "She originally finished fourth in the 2019 world final in Sofia. Germany's Lena Schaub, who finished "
            "third in that final, was upgraded to silver.",
            "Lena Schaub",
        ),
        # yesterday's title in a report of this afternoon's
        (
            "Oskar Lindqvist sealed the men's world allround title in Hamar this afternoon. The women's title went "
            "to the Netherlands' Esmee Kuiper yesterday.",
            "Esmee Kuiper",
        ),
        # someone beside the champion
        (
            "Paradis-Ouimet won the men's 500m final at the World Championships in 41.04 on Sunday. Let's get down "
            "to Priya Nand, who's with the new world champion.",
            "Priya Nand",
        ),
    ],
)
def test_who_is_no_result(record_of, text: str, athlete: str) -> None:
    assert athlete not in results(record_of(text))


def test_a_headline_naming_the_lede_s_trials_is_no_other_race(record_of) -> None:
    text = (
        "Marshfield skater 14th at Olympic Trials\n\nMarshfield's Kayla Brandt finished 14th out of 24 skaters in "
        "the women's 1,500 meters at the U.S. Olympic Speedskating Trials in Milwaukee on Friday, clocking 2:00.91."
    )
    assert results(record_of(text))["Kayla Brandt"]["rank"] == 14


def test_a_time_of_a_named_past_year_is_not_the_race_time(record_of) -> None:
    text = (
        "Brackley fourth in Dresden\n\nPublished 7 December 2025\n\nHollie Brackley received the bronze medal "
        "of the 2019 World Championships on Saturday in Dresden, then finished fourth in the 1500m final.\n\n"
        "Brackley's 2019 time of 2:26.331 would not have been good enough to reach the final. She crossed in "
        "2:22.604 for fourth."
    )
    assert results(record_of(text))["Hollie Brackley"]["time"]["text"] == "2:22.604"


def test_two_listed_equal_share_the_place(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm and Emma Lind clocked 37.91 each and were listed equal eighth."
    rows = results(record_of(text))
    assert (rows["Lisa Holm"]["rank"], rows["Emma Lind"]["rank"]) == (8, 8)


def test_an_elided_clause_keeps_its_own_place_and_time(record_of) -> None:
    text = (
        WC + "Anna Berg of Norway won in 37.04. Isabelle Fortier of Canada was fourth in 37.52 and Natalia Wrobel "
        "of Poland fifth in 37.97, her best World Cup result."
    )
    rows = results(record_of(text))
    assert [(rows[a]["rank"], rows[a]["time"]["text"]) for a in ("Isabelle Fortier", "Natalia Wrobel")] == [
        (4, "37.52"),
        (5, "37.97"),
    ]


def test_an_athlete_of_the_other_gender_goes_back_to_her_race(record_of) -> None:
    text = (
        "Veldkamp wins, Van Beek second\n\nFemke Veldkamp of the Netherlands won the women's 500 metres at the "
        "World Cup in Tomaszow on Saturday in 37.28. In the men's 1000 metres Thijs van Beek of the Netherlands "
        "had to settle for second place in 1:08.19.\n\nSanne de Bruin of the Netherlands finished fourth in "
        "37.49, 0.21 behind her teammate."
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {"women's 500m": ["Femke Veldkamp", "Sanne de Bruin"], "men's 1000m": ["Thijs van Beek"]}


def test_a_jump_s_length_is_no_race_distance(record_of) -> None:
    text = (
        "Moriyama wins at home; Kojima 14th in luge\n\nJapanese ski jumper Moriyama Aoi won the women's normal "
        "hill World Cup event in Zao on Saturday. In the final round she flew 101 meters to finish with 254.6 "
        "points, after a jump of 98.5 meters. Austria's Johanna Pfeifer was second.\n\nIn luge, Germany's Lea "
        "Winterholt won the women's singles World Cup race in Sigulda in 1:24.302."
    )
    events = record_of(text)["events"]
    assert [(e["event"], e["distance_m"], len(e["results"])) for e in events] == [
        ("women's normal hill", None, 2),
        ("women's singles", None, 1),
    ]


def test_a_speed_is_no_distance_and_no_time(record_of) -> None:
    text = (
        "Lanfranchi takes speed skiing title\n\n"
        "Italy's Simone Lanfranchi became speed skiing world champion on Sunday, reaching 248.112 km/h to win the "
        "men's S1 title. Theo Garnier of France was second at 246.870 km/h."
    )
    events = record_of(text)["events"]
    assert [(e["sport"], e["distance_m"]) for e in events] == [("speed skiing", None)]
    assert [(r["rank"], r["time"]) for r in events[0]["results"]] == [(1, None), (2, None)]


def test_a_crew_written_with_a_slash_is_one_row_with_its_members(record_of) -> None:
    text = (
        "Grabner/Eder crowned doubles world champions\n\nAt the luge World Championships in Oberhof, the home pair "
        "Jonas Reitmeier/Florian Dorsch (GER) took silver in the men's doubles in 1:23.851. The bronze medal went "
        "to Kristaps Berzins/Arturs Kalnins of Latvia in 1:23.990."
    )
    rows = results(record_of(text))
    assert {a: (r["members"], r["nation"], r["medal"]) for a, r in rows.items()} == {
        "Jonas Reitmeier/Florian Dorsch": (["Jonas Reitmeier", "Florian Dorsch"], "GER", "silver"),
        "Kristaps Berzins/Arturs Kalnins": (["Kristaps Berzins", "Arturs Kalnins"], "LAT", "bronze"),
    }


def test_team_race_gives_team_rows(record_of) -> None:
    text = (
        "Canada won the women's team pursuit at the World Cup in Quebec on Saturday in 2:56.14. "
        "The Netherlands finished third in 2:57.10."
    )
    rows = results(record_of(text))
    assert rows["Canada"]["nation"] == "CAN" and rows["Canada"]["rank"] == 1
    assert rows["Netherlands"]["time"]["text"] == "2:57.10"


def test_inconsistent_ranks_give_a_warning(record_of) -> None:
    text = WC + "Anna Berg finished second in 37.04. Lisa Holm finished second in 37.30."
    assert any("rank 2" in w for w in record_of(text)["warnings"])


def test_numbered_results_list_with_gaps(record_of) -> None:
    text = (
        "Men's downhill in Kitzbuehel: results of the World Cup race on Saturday\n\n"
        "1. Lukas Pfeiffenberger (AUT) 1:53.27\n"
        "2. Niels Hjorthaug (NOR) +0.45\n"
        "3. Gian-Luca Caminada (SUI) +0.61\n"
    )
    rows = results(record_of(text))
    assert rows["Niels Hjorthaug"]["rank"] == 2 and rows["Niels Hjorthaug"]["nation"] == "NOR"
    assert rows["Gian-Luca Caminada"]["time"] == {"text": "1:53.88", "seconds": 113.88, "derived": True}


def test_results_box_with_items_run_on_in_one_line(record_of) -> None:
    text = (
        "Results Sunday from the World Cup speed skating at the Utah Olympic Oval:\n\nMen's 500 Meters\n"
        "1. Haruki Endo, JPN, 33.88. 2. Daniel Okafor-Lee, CAN, 33.97. 3. Seo Jae-won, KOR, 34.02. "
        "4. Marcus Hale, USA, 34.11.\nDisqualified: Zhang Hao, CHN.\n"
    )
    rows = results(record_of(text))
    assert [(r["rank"], r["nation"]) for r in rows.values()][:4] == [(1, "JPN"), (2, "CAN"), (3, "KOR"), (4, "USA")]
    assert (rows["Hao Zhang"]["status"], rows["Hao Zhang"]["nation"]) == ("dq", "CHN")


def test_a_live_thread_list_with_a_tie_and_a_correction(record_of) -> None:
    text = (
        "LIVE: World Cup Stavanger - women's 500m\n\n"
        "14:06 Pair 2: Hoshino Misaki (JPN) 37.91!! New leader.\n\n"
        "14:07 CORRECTION: Hoshino's time is 37.19, not 37.91.\n\n"
        "14:11 Pair 4: Katerina Pokorna (CZE) 37.30. Pair 5: Isa Ruiter (NED) 37.30 as well!\n\n"
        "14:23 Unofficial top four:\n1 Kim Yeon-ji (KOR) 37.02\n2 Hoshino (JPN) 37.19\n"
        "3= Pokorna (CZE) / Ruiter (NED) 37.30\n\n"
        "14:30 Track record (36.84 by Ingvild Moen, 2019) survives.\n"
    )
    rows = results(record_of(text))
    assert {name: (r["rank"], r["time"]["text"]) for name, r in rows.items()} == {
        "Yeon-ji Kim": (1, "37.02"),
        "Misaki Hoshino": (2, "37.19"),
        "Katerina Pokorna": (3, "37.30"),
        "Isa Ruiter": (3, "37.30"),
    }


def test_decimal_commas(record_of) -> None:
    text = WC + "Anna Berg reached the time 37,04 and won. Lisa Holm was second (37,12), losing by only 0,08 s."
    rows = results(record_of(text))
    assert rows["Anna Berg"]["time"]["text"] == "37.04" and rows["Lisa Holm"]["time"]["text"] == "37.12"


def test_gaps_listed_respectively(record_of) -> None:
    text = WC + ("Anna Berg won in 37.04. Lisa Holm and Emma Lind were second and third, +0.08 and +0.15 respectively.")
    rows = results(record_of(text))
    assert (rows["Lisa Holm"]["rank"], rows["Lisa Holm"]["time"]["text"]) == (2, "37.12")
    assert (rows["Emma Lind"]["rank"], rows["Emma Lind"]["time"]["text"]) == (3, "37.19")


def test_section_under_a_past_heading_is_background(record_of) -> None:
    text = WC + "Anna Berg won in 37.04.\n\nLast season in Inzell\nMen's 500m: 1. Teodor Sandvik (NOR) 34.55\n"
    assert "Teodor Sandvik" not in results(record_of(text))


def test_record_setter_is_not_a_result(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. That was outside the track record of 36.70 set by Karla Hoff in 2019."
    record = record_of(text)
    assert "Karla Hoff" not in results(record)
    assert results(record)["Anna Berg"]["time"]["text"] == "37.04"


@pytest.mark.parametrize(
    "sentence",
    [
        "Berg skied the 150m penalty loop twice.",
        "Berg led with 15 metres to go.",
        "Berg passed 600 meters in 44.31.",
        "Berg opened with a 200 metres in 19.4 and then reeled off laps of 30.2 and 30.5.",
        "Lisa Holm led through 100 and 150 metres before Berg came past.",
    ],
)
def test_stretches_of_a_race_are_not_races(record_of, sentence: str) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. " + sentence
    assert [e["distance_m"] for e in record_of(text)["events"]] == [500]


def test_live_blog_timestamps_are_not_times(record_of) -> None:
    text = WC + "17:12 – Anna Berg wins the race in 37.04 seconds!\n"
    assert results(record_of(text))["Anna Berg"]["time"]["text"] == "37.04"


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday 22:15, ZDFinfo — a portrait of Magdalena Forsthuber",
        "Magdalena Forsthuber on ZDF (11:30–12:45)",
        "Magdalena Forsthuber on ZDF, 11:30 – 12:45",
    ],
)
def test_broadcast_slots_are_not_times(record_of, line: str) -> None:
    rows = results(record_of(WC + "Anna Berg won in 37.04 seconds.\n\n" + line))
    assert "Magdalena Forsthuber" not in rows or rows["Magdalena Forsthuber"]["time"] is None


def test_the_winner_named_in_apposition(record_of) -> None:
    text = OLY + "Anna Berg finished 4.12 seconds behind the winner, Italy's Carla Zardi, in 1:16.43."
    rows = results(record_of(text))
    assert rows["Carla Zardi"]["rank"] == 1 and rows["Carla Zardi"]["nation"] == "ITA"
    assert rows["Carla Zardi"]["time"]["text"] == "1:12.31"


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Lisa Holm finished 0.21 seconds back in second.", "Lisa Holm", 2),
        ("Lisa Holm was promoted to third after a penalty.", "Lisa Holm", 3),
        ("So the podium is Anna Berg, Lisa Holm and Emma Lind.", "Emma Lind", 3),
        ("Great Britain's Lisa Holm was classified fifth.", "Lisa Holm", 5),
        ("Noah Gerber finished one place ahead of fifth-placed Lisa Holm.", "Lisa Holm", 5),
        ("Lisa Holm missed five targets and fell back to 17th.", "Lisa Holm", 17),
        ("Britain's Lisa Holm touched third in 37.50.", "Lisa Holm", 3),
        ("Mia Sand, Emma Lind and Lisa Holm filled places four to six.", "Lisa Holm", 6),
        ("Mia Sand, Emma Lind and Lisa Holm were fourth to sixth.", "Emma Lind", 5),
        ("Her late surge relegated Norway's Lisa Holm to second.", "Lisa Holm", 2),
        ("Mia Sand pushed Canada's Lisa Holm down to fourth.", "Lisa Holm", 4),
        ("Lisa Holm dropped back to sixth after a stumble.", "Lisa Holm", 6),
        ("Emma Lind took bronze ahead of Hungary's Lisa Holm in fourth.", "Lisa Holm", 4),
        ("Emma Lind took bronze ahead of Hungary's Lisa Holm in fourth.", "Emma Lind", 3),
        ("Czech skater Ida Moe (37.51), Emma Lind (37.88) and Lisa Holm (38.02) completed the top six.", "Ida Moe", 4),
        (
            "Czech skater Ida Moe (37.51), Emma Lind (37.88) and Lisa Holm (38.02) completed the top six.",
            "Lisa Holm",
            6,
        ),
        ("Lisa Holm rounded out the top 10.", "Lisa Holm", 10),
        ("Lisa Holm closed 12th, Mia Sand 17th.", "Lisa Holm", 12),
        ("Lisa Holm trudged home a distant fifth.", "Lisa Holm", 5),
        ("Lisa Holm finished fourth and misses a World Cup ticket.", "Lisa Holm", 4),
        ("Ida Moe was fifth. Lisa Holm finished two places behind Moe.", "Lisa Holm", 7),
        ("Lisa Holm finished eighth. For Holm the race was a first in three ways.", "Lisa Holm", 8),
        ("Czech skater Lisa Holm finished 12th with the time 38.50.", "Lisa Holm", 12),
        ("The second place was taken by the representative of the USA Lisa Holm (37.44).", "Lisa Holm", 2),
        ("The third place went to the Norwegian Lisa Holm.", "Lisa Holm", 3),
        ("Favourite Lisa Holm had to be satisfied with fifth place.", "Lisa Holm", 5),
        (
            "Poland's Mia Sand was fourth in 37.41 and Belgium's Lisa Holm, 0.88 seconds behind the winner, finished "
            "fifth.",
            "Lisa Holm",
            5,
        ),
    ],
)
def test_placing_phrasings(record_of, sentence: str, athlete: str, rank: int) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. " + sentence
    assert results(record_of(text))[athlete]["rank"] == rank


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg is third in the standings.",
        "Berg stays second in the overall World Cup standings.",
        "Berg moved up to fourth place in the rankings.",
        "Berg moved up to third in the 500-meter standings.",
        "Second overnight behind Holm, Berg turned it around.",
        "Berg, fourth after the first run, won the race.",
        "Berg sat in second place behind Holm for most of the race before she won.",
        "Berg sat in second through the third quarter and won the race.",
        "After the first run Berg was only third.",
        "Berg was fifth at the 300 and only third at the halfway mark.",
        "Berg sat in third place for much of the nine-lap race before moving to the front.",
    ],
)
def test_a_place_in_the_standings_is_no_rank(record_of, sentence: str) -> None:
    text = WC + "Anna Berg won in 37.04 seconds, ahead of Lisa Holm. " + sentence
    assert results(record_of(text))["Anna Berg"]["rank"] == 1


@pytest.mark.parametrize(
    "lede",
    [
        "Winners and losers\n\nEvery Monday we sift through the weekend's World Cup racing.\n\n",
        "Holm and Sand on top in Calgary\n\n",
    ],
)
def test_a_report_of_two_days_reports_each(record_of, lede: str) -> None:
    text = lede + (
        "The Norwegian Lisa Holm won Saturday's 1000m in 1:12.48, with Anna Berg second. Holm gets to prove it in "
        "Salt Lake City on Friday.\n\nMia Sand turned Sunday's 5000m into a time trial and won it in 6:53.17. "
        "Emma Lind finished 1.04 seconds behind in second."
    )
    first, second = record_of(text)["events"]
    assert (first["distance_m"], second["distance_m"]) == (1000, 5000)
    assert {r["athlete"]: r["rank"] for r in second["results"]} == {"Mia Sand": 1, "Emma Lind": 2}


def test_coordinated_athletes_share_a_stated_time(record_of) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31. Lisa Holm and Emma Lind shared the bronze, both in 1:12.90."
    rows = results(record_of(text))
    assert rows["Lisa Holm"]["medal"] == rows["Emma Lind"]["medal"] == "bronze"
    assert rows["Lisa Holm"]["time"]["text"] == rows["Emma Lind"]["time"]["text"] == "1:12.90"


def test_classification_standings(record_of) -> None:
    text = (
        "Sindre Aarnes is the new European Allround champion. He finished the four distances with 150.326 "
        "points, with Gijs Meulen second on 150.914 points and Lorenzo Fabbri third on 151.207.\n"
        "Fabbri won the men's 10,000m in 13:14.63. Aarnes finished second in 13:16.60."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    classification = next(e for e in events.values() if e["distance_m"] is None)
    ranks = {r["athlete"]: r["rank"] for r in classification["results"]}
    assert ranks == {"Sindre Aarnes": 1, "Gijs Meulen": 2, "Lorenzo Fabbri": 3}


def test_a_further_gap_counts_from_the_previous_athlete(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm was second, 0.20 behind. Emma Lind finished a further 0.15 back."
    assert results(record_of(text))["Emma Lind"]["time"]["text"] == "37.39"


def test_runners_up_named_after_ahead_of(record_of) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31, ahead of Norway's Lisa Holm and Canada's Emma Lind."
    rows = results(record_of(text))
    assert (rows["Lisa Holm"]["rank"], rows["Lisa Holm"]["medal"]) == (2, "silver")
    assert (rows["Emma Lind"]["rank"], rows["Emma Lind"]["medal"]) == (3, "bronze")


def test_disqualified_athlete_keeps_no_place(record_of) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31. Lisa Holm crossed the line second but was disqualified."
    row = results(record_of(text)).get("Lisa Holm")
    assert row is None or (row["rank"], row["medal"], row["status"]) == (None, None, "dq")


@pytest.mark.parametrize(
    ("sentence", "athlete", "nation"),
    [
        ("Lisa Holm was 0.23 seconds behind Italy's Carla Zardi, who won in 37.00.", "Carla Zardi", "ITA"),
        ("GB team-mate Emma Lind was seventh in 37.70.", "Emma Lind", "GBR"),
        ("Frenchwoman Pauline Roux placed fifth in 37.60.", "Pauline Roux", "FRA"),
        ("Pauline Roux (SUI) was sixth in 37.65.", "Pauline Roux", "SUI"),
        ("Pauline Roux (Nederland) was sixth in 37.65.", "Pauline Roux", "NED"),
        ("Pauline Roux (Italië) was sixth in 37.65.", "Pauline Roux", "ITA"),
        ("Dutch defending champion Lisa Vos had to settle for bronze in 37.31.", "Lisa Vos", "NED"),
    ],
)
def test_nation_written_against_the_name(record_of, sentence: str, athlete: str, nation: str) -> None:
    text = WC + "Anna Berg of Norway won in 37.04 seconds. " + sentence
    assert results(record_of(text))[athlete]["nation"] == nation


@pytest.mark.parametrize(
    ("sentence", "nation"),
    [
        ("East Germany's Petra Vogt was fourth in 1:22.01.", "GDR"),
        ("The West German Petra Vogt was fourth in 1:22.01.", "FRG"),
        ("The Soviet girl Petra Vogt was fourth in 1:22.01.", "URS"),
        ("Petra Vogt of the Unified Team was fourth in 1:22.01.", "EUN"),
        ("Petra Vogt of Czechoslovakia was fourth in 1:22.01.", "TCH"),
        ("The Yugoslav Petra Vogt was fourth in 1:22.01.", "YUG"),
        ("The Russian Petra Vogt was fourth in 1:22.01.", "URS"),  # a Russian of 1984 raced for the Soviet Union
    ],
)
def test_nations_that_no_longer_exist(record_of, sentence: str, nation: str) -> None:
    text = "SARAJEVO, Feb. 10, 1984 - Anna Berg of Norway won the women's 1,000 meters in 1:21.44. " + sentence
    assert results(record_of(text))["Petra Vogt"]["nation"] == nation


def test_a_gendered_distance_of_a_meet_is_a_race_and_a_sprint_for_second_is_no_win(record_of) -> None:
    text = (
        "Sluiter wins on the lake\n\nWendy Sluiter won the women's 100 km of the Alternative Elfstedentocht on "
        "Thursday in 2:48:36. Jolanda Brink-Hofstra won the sprint for second ahead of Bente Okkema."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 100000
    assert {r["athlete"]: r["rank"] for r in event["results"]}["Jolanda Brink-Hofstra"] == 2


def test_a_nation_is_no_result_of_a_race_of_single_skaters(record_of) -> None:
    text = (
        OLY + "Femke Brouwer won the gold in 1:13.41, handing the Dutch their first gold of the Games. Ingrid "
        "Solbakken took silver, 0.87 seconds behind. The gold was the Netherlands' second medal of the day after "
        "their short track team took bronze in the mixed relay, a race won by Canada."
    )
    rows = results(record_of(text))
    assert "Netherlands" not in rows and "Canada" not in rows
    assert rows["Ingrid Solbakken"]["time"]["text"] == "1:14.28"


def test_a_firm_is_no_skater_and_a_final_b_winner_placed_sixth_is_sixth_overall(record_of) -> None:
    text = (
        "Lore Van Damme sixth in Dresden\n\nGhent, 24 November 2025 – Vanhulle Verzekeringen congratulates Lore Van "
        "Damme on her best-ever result on the World Tour. In Dresden, the Belgian short-tracker reached the B final "
        "of the women's 1000m and won it, which put her sixth in the final classification.\n\nThe A final was won "
        "by Korea's Kim Seo-yeon in 1:29.884, ahead of Canada's Sophie Lachance-Roy."
    )
    (event,) = record_of(text)["events"]
    ranks = {r["athlete"]: r["rank"] for r in event["results"]}
    assert ranks == {"Seo-yeon Kim": 1, "Sophie Lachance-Roy": 2, "Lore Van Damme": 6}


def test_a_sweep_told_by_times_above_fourth_place(record_of) -> None:
    text = (
        "East German girls sweep the 1000 metres\n\nPetra Schonfeld set an Olympic record of 1min 21.61sec to beat "
        "her team-mates Andrea Lehmann and Sabine Kuhn. Miss Lehmann was 0.32sec behind in 1:21.93, and Miss Kuhn, a "
        "19-year-old from Karl-Marx-Stadt, clocked 1:22.05. The best of the Soviet skaters, Olga Zhelezova, was "
        "fourth in 1:22.40."
    )
    rows = results(record_of(text))
    assert {name: (row["rank"], row["time"]["text"]) for name, row in rows.items()} == {
        "Petra Schonfeld": (1, "1:21.61"),
        "Andrea Lehmann": (2, "1:21.93"),
        "Sabine Kuhn": (3, "1:22.05"),
        "Olga Zhelezova": (4, "1:22.40"),
    }


def test_a_sentence_opening_with_division_b_turns_the_story_to_the_b_group(record_of) -> None:
    text = (
        "Haugland eighth in Tomaszow\n\nAt the World Cup in Tomaszow, Sindre Haugland finished eighth in the men's "
        "5000 metres in Division A in 6:14.55. The race was won by Italy's Davide Ferrandi in 6:07.81.\n\nIn "
        "Division B, Eirik Solbakken went even faster than at the Norwegian championships a month ago. He was third "
        "in 6:19.80, only 0.62 seconds behind the winner, Daniyar Seitkali of Kazakhstan."
    )
    group_a, group_b = record_of(text)["events"]
    assert [r["athlete"] for r in group_a["results"]] == ["Davide Ferrandi", "Sindre Haugland"]
    assert {r["athlete"]: r["rank"] for r in group_b["results"]} == {"Daniyar Seitkali": 1, "Eirik Solbakken": 3}


def test_a_headline_to_win_a_distance_names_the_race_of_its_report(record_of) -> None:
    text = (
        "Veenstra breaks Vik's spell to win 10,000m\n\nFor a week the oval has belonged to Torstein Vik. The "
        "Norwegian won the 5,000m on the second day and added the 1,500m on Saturday.\n\nThijs Veenstra had other "
        "ideas. His final time of 12:33.80 was an Olympic record. Vik crossed the line second, 1.22sec behind Veenstra."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 10000
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Thijs Veenstra", 1), ("Torstein Vik", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Vogt, who won gold medals in the first four races here, did not skate.",
        "Petra Vogt, who has three gold medals from these Games, watched from the infield.",
    ],
)
def test_a_tally_of_medals_is_no_medal_in_the_race(record_of, sentence: str) -> None:
    text = OLY + "Anna Berg of Norway won gold in 1:13.04. " + sentence
    assert "Petra Vogt" not in results(record_of(text))


@pytest.mark.parametrize("honorific", ["Mr.", "Herr", "Mrs.", "Miss", "Frau", "Mme", "Signora"])
def test_an_honorific_is_no_part_of_the_name(record_of, honorific: str) -> None:
    text = WC + f"Anna Berg of Norway won in 37.04 seconds. {honorific} Petra Vogt was fourth in 37.41."
    assert "Petra Vogt" in results(record_of(text))


def test_a_russian_of_today_races_for_russia(record_of) -> None:
    text = "MOSCOW, Feb. 10, 2021 - Anna Berg of Norway won the women's 1,000 meters in 1:15.44. "
    assert results(record_of(text + "The Russian Petra Vogt was fourth in 1:16.01."))["Petra Vogt"]["nation"] == "RUS"


@pytest.mark.parametrize(
    ("text", "athlete", "nation"),
    [
        (
            "Szekeres wins in Tilburg\n\nHungary's Balint Szekeres won the men's 1,000m at the World Tour in Tilburg "
            "on Saturday in 1:25.617. He beat home favourite Jelle Postma by 0.083 seconds.",
            "Jelle Postma",
            "NED",
        ),
        (
            "VALCASTRA, Italy (AP) — Anna Berg of Norway won the women's 500m on Sunday in 37.04. Home hope Giulia "
            "Ferrando was seventh in 37.61.",
            "Giulia Ferrando",
            "ITA",
        ),
        (
            "MONTREAL, Canada — Emilie Gagnon-Roy won the women's 1,500m at the World Cup on Sunday in 2:21.40 on "
            "home ice. Italy's Arianna Sighel was second.",
            "Emilie Gagnon-Roy",
            "CAN",
        ),
    ],
)
def test_the_home_side_takes_the_nation_of_the_venue(record_of, text: str, athlete: str, nation: str) -> None:
    assert results(record_of(text))[athlete]["nation"] == nation


@pytest.mark.parametrize(
    ("sentence", "nations"),
    [
        (
            "Of the other Norwegians, Lisa Holm finished ninth in 37.61, while Emma Lind was 16th in 37.98.",
            {"Lisa Holm": "NOR", "Emma Lind": "NOR"},
        ),
        ("Lisa Holm, the youngest member of the Korean team at 17, placed fifth.", {"Lisa Holm": "KOR"}),
        ("There was no joy for the third Dutch starter, Lisa Holm, who finished 12th.", {"Lisa Holm": "NED"}),
        ("The best Canadian was Lisa Holm in 11th.", {"Lisa Holm": "CAN"}),
        ("Lisa Holm led the American contingent with a sixth-place finish.", {"Lisa Holm": "USA"}),
        (
            "Carla Zardi was fourth, ahead of the Dutch pair Lisa Holm and Emma Lind, fifth and sixth respectively.",
            {"Lisa Holm": "NED", "Emma Lind": "NED", "Carla Zardi": None},
        ),
        (
            "The Dutch had a poor day: Lisa Holm was sixth, one hundredth ahead of her seventh-placed "
            "compatriot Emma Lind.",
            {"Lisa Holm": "NED", "Emma Lind": "NED"},
        ),
        # the group beaten is not the nation of who beat it
        ("Lisa Holm beat the Dutch pair of Emma Lind and Eva Bos to finish second.", {"Lisa Holm": None}),
    ],
)
def test_nation_of_a_group_someone_is_named_in(record_of, sentence: str, nations: dict) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. " + sentence
    rows = results(record_of(text))
    assert {athlete: rows[athlete]["nation"] for athlete in nations} == nations


def test_a_place_written_p1_and_a_code_before_the_name(record_of) -> None:
    text = (
        "Gdansk recap\n\nWOMEN'S 1000m FINAL A\n\nP1 KOR Park Seo-yun – 1:29.384\nP2 NED Fenna Hogerhuis – 1:29.410\n"
    )
    rows = results(record_of(text))
    assert [(a, r["rank"], r["nation"]) for a, r in rows.items()] == [
        ("Seo-yun Park", 1, "KOR"),
        ("Fenna Hogerhuis", 2, "NED"),
    ]


def test_a_results_list_captioned_with_a_nation_and_capitals_family_names(record_of) -> None:
    text = (
        "EIDE second in Hamar\n\nSander EIDE placed second in the men's 1500 m at the World Cup in Hamar on "
        "Sunday. The race was won by Joep VAN HAASTRECHT (NED) in 1:44.12.\n\n"
        "Norwegian results, World Cup Hamar, Sunday 30 November:\n"
        "Men 1500 m: 2. Sander EIDE 1:44.33, 5. Magnus TVEITEN 1:45.08\n"
    )
    rows = results(record_of(text))
    assert {a: (r["nation"], r["rank"]) for a, r in rows.items()} == {
        "Sander Eide": ("NOR", 2),
        "Joep van Haastrecht": ("NED", 1),
        "Magnus Tveiten": ("NOR", 5),
    }


def test_an_allround_table_under_any_heading_gives_the_classification(record_of) -> None:
    text = (
        "Sijbesma takes world allround title\n\nMarrit Sijbesma won the world allround title in Inzell with "
        "158.107 points. Shauna Pelletier won the final 5,000m in 6:51.42.\n\nFINAL STANDINGS\n"
        "Rk\tName\tNat\t500m\t3000m\t1500m\t5000m\tPoints\n"
        "1\tSIJBESMA Marrit\tNED\t38.61\t3:58.90\t1:55.12\t6:53.08\t158.107\n"
        "2\tPELLETIER Shauna\tCAN\t39.02\t3:58.71\t1:55.60\t6:51.42\t158.480\n"
    )
    classification = next(e for e in record_of(text)["events"] if e["distance_m"] is None)
    assert [(r["rank"], r["nation"]) for r in classification["results"]] == [(1, "NED"), (2, "CAN")]


def test_a_ticker_s_items_are_told_apart(record_of) -> None:
    text = (
        "SPORTS TICKER\n\n+++ Speed skating, World Cup in Calgary: men's 500m won by Moon Tae-yang (KOR) in "
        "33.91; Canada's Luc Arsenault 2nd in 34.02 +++ Women's 3000m: Ragnhild Solbakken (NOR) 3:55.12, 1.40 sec "
        "ahead of runner-up Veronika Holla (CZE) +++"
    )
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in record_of(text)["events"]] == [
        (500, ["Tae-yang Moon", "Luc Arsenault"]),
        (3000, ["Ragnhild Solbakken", "Veronika Holla"]),
    ]


def test_an_app_summary_with_a_particle_in_capitals_and_the_next_race(record_of) -> None:
    text = (
        "Men's 500m · Final A\n\nShort Track · ISU World Tour · Dresden (GER)\n\n"
        "1   LIU Haoran          CHN   40.612\n2   VAN AALST Jens      NED   40.688\n\n"
        "Next: Men's 1000m · Heats · 14:20\n"
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [r["nation"] for r in e["results"]]) for e in events] == [(500, ["CHN", "NED"])]


def test_a_start_list_gives_no_results(record_of) -> None:
    text = (
        "Saturday's pairings\n\nWOMEN'S 1000m – Division A – start 14:12\n\n"
        "Pair | Inner | PB | SB || Outer | PB | SB\n"
        "1 | NED Roos Hettema | 1:14.80 | 1:15.62 || JPN Kanae Ujiie | 1:14.55 | 1:15.40\n"
        "2 | CZE Zuzana Pekarkova | 1:15.91 | 1:16.33 || USA Harper Lindgren | 1:14.97 | 1:15.88\n"
    )
    assert record_of(text)["events"] == []


def events_of(record: dict) -> list[tuple]:
    return [(e["distance_m"], e["gender"], [r["athlete"] for r in e["results"]]) for e in record["events"]]


@pytest.mark.parametrize(
    ("lede", "event", "distance"),
    [
        ("Camille Roux won the women's sprint over 7.5 kilometres at the World Cup in 20:41.7.", "sprint", 7500),
        ("Results women's sprint 7.5 km:\n1. Camille Roux (France) 20:41.7", "sprint", 7500),
        ("Dora Kovacs won the women's K1 500m at the canoe sprint World Cup in Szeged in 1:48.41.", "K1", 500),
    ],
)
def test_a_distance_written_after_its_discipline_names_one_race(
    record_of, lede: str, event: str, distance: int
) -> None:
    events = record_of("Roux and Kovacs win\n\n" + lede + "\n")["events"]
    assert [(e["distance_m"], event in e["event"]) for e in events] == [(distance, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The women's 500m at the Nagano World Cup was raced twice. In Saturday's 500m Anna Berg won in 37.19, "
        "with Lisa Holm second in 37.33. On Sunday Lisa Holm won the 500m in 37.08 and Anna Berg was second "
        "in 37.10.",
        "At the women's world sprint championships, Anna Berg won the first 500 in 37.19, with Lisa Holm second "
        "in 37.33. Lisa Holm won the second 500 in 37.08 and Anna Berg was second in 37.10.",
        "Kagawa won both women's 500m races at the World Cup. In Saturday's first race Anna Berg won in 37.19 "
        "and Lisa Holm was second in 37.33. Lisa Holm went quicker on Sunday. She won in 37.08, with Anna Berg "
        "second in 37.10.",
    ],
)
def test_a_distance_raced_twice_gives_two_events(record_of, text: str) -> None:
    assert events_of(record_of(text)) == [
        (500, "women", ["Anna Berg", "Lisa Holm"]),
        (500, "women", ["Lisa Holm", "Anna Berg"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        WC + "Anna Berg won in 37.04. She covered the first 100m in 10.31 and the opening 200 in 18.2.",
        "The women's 1500m World Cup race in Inzell was held on Saturday. Anna Berg won in 1:54.10, with Lisa Holm "
        "second in 1:54.90. Berg went through the first 500 in 38.2 and the last 400 in 29.1.",
    ],
)
def test_an_ordinal_stretch_is_not_a_second_race(record_of, text: str) -> None:
    record = record_of(text)
    assert len(record["events"]) == 1
    assert {r["time"]["text"] for r in record["events"][0]["results"] if r["time"]} <= {
        "37.04",
        "38.20",
        "1:54.10",
        "1:54.90",
    }


def test_single_distances_at_a_sprint_championship_give_no_medals(record_of) -> None:
    text = (
        "Anna Berg won the women's title at the world sprint championships on Sunday, ahead of Lisa Holm. "
        "Berg won Sunday's 500m in 37.19, with Lisa Holm second in 37.33 and Emma Lind third in 37.40."
    )
    record = record_of(text)
    five_hundred = next(e for e in record["events"] if e["distance_m"] == 500)
    assert [r["medal"] for r in five_hundred["results"]] == [None, None, None]


def test_a_name_the_model_tags_as_an_organisation_is_a_person(record_of) -> None:
    text = (
        "INZELL, Germany (Kyodo) -- Kitamura Sota won the men's 500m at the World Cup on Sunday in 34.47. "
        "Kitamura, who led after the first day, beat Niels Westerhof by 0.05 seconds."
    )
    assert results(record_of(text))["Sota Kitamura"]["time"]["text"] == "34.47"


def test_a_name_misspelt_by_two_letters_is_one_person(record_of) -> None:
    text = OLY + (
        "Jildou Westra of the Netherlands won bronze in 6:54.07. Weststra, who won the 3000m title on "
        "Wednesday, said she was satisfied with bronze."
    )
    assert [r["athlete"] for r in record_of(text)["events"][0]["results"]] == ["Jildou Westra", "Mia Sand"]


ST = "Lee Jun-ho of South Korea won the men's 1,000m final at the World Short Track Championships in 1:26.307, "


def test_rounds_stated_with_their_results_are_events_of_their_own(record_of) -> None:
    text = ST + (
        "with Callum Fairbairn second in 1:26.514 and Davide Conti third in 1:26.902. "
        "Fairbairn won the third quarter-final in 1:25.977. In the second semi-final, Conti won in 1:24.881 and "
        "Fairbairn was second in 1:24.928."
    )
    record = record_of(text)
    assert [(e["round"], e["event"]) for e in record["events"]] == [
        ("final", "men's 1000m final"),
        ("quarter-final", "men's 1000m quarter-final 3"),
        ("semi-final", "men's 1000m semi-final 2"),
    ]
    assert [r["medal"] for r in record["events"][2]["results"]] == [None, None]


def test_a_final_b_places_its_winner_behind_the_final(record_of) -> None:
    text = ST + (
        "with Callum Fairbairn second in 1:26.514 and Davide Conti third in 1:26.902. "
        "Kim Seo-yeon won the Final B in 1:28.210 to finish sixth overall."
    )
    record = record_of(text)
    assert len(record["events"]) == 1
    kim = results(record)["Seo-yeon Kim"]
    assert (kim["rank"], kim["time"]["text"]) == (6, "1:28.210")


@pytest.mark.parametrize(
    "sentence",
    [
        "Conti had qualified for the final after clocking 1:27.50 in the semi-finals.",
        "Conti advanced from a semi-final marred by a crash.",
        "Conti fell on the final lap of the semi-final.",
    ],
)
def test_rounds_named_in_passing_are_not_events(record_of, sentence: str) -> None:
    text = ST + "with Callum Fairbairn second in 1:26.514 and Davide Conti third in 1:26.902. " + sentence
    assert [e["round"] for e in record_of(text)["events"]] == ["final"]


def test_a_long_track_heat_is_a_pair_not_a_round(record_of) -> None:
    text = OLY.replace("1,000m", "10,000m").replace("1:14.20", "13:14.20") + (
        "Eskil Ravna won in 12:49.77 in the final heat, ahead of Wout Declercq in 12:52.10."
    )
    assert [e["round"] for e in record_of(text)["events"]] == [None]


@pytest.mark.parametrize(
    ("lede", "published", "date"),
    [
        ("Anna Berg won the women's 500m at the World Cup in Inzell on Sunday in 37.04.", "2025-02-17", "2025-02-16"),
        ("Anna Berg won the women's 500m at the World Cup in Inzell yesterday in 37.04.", "2025-02-17", "2025-02-16"),
        ("Anna Berg won the women's 500m at the World Cup in Inzell on Sunday in 37.04.", None, None),
        ("Anna Berg won the women's 500m at the World Cup in Inzell in 37.04.", "2025-02-17", None),
    ],
)
def test_event_date_from_the_text_and_publication(lede: str, published: str | None, date: str | None) -> None:
    text = lede + " Lisa Holm was second in 37.30."
    record = extractor.extract(text, published=published).model_dump()
    assert record["events"][0]["date"] == date


def test_a_web_pages_captions_and_links_to_other_stories_are_no_results(record_of) -> None:
    text = (
        "Brekke wins European 1500m gold\n\nShare this article\nFacebook\n\n"
        "Image caption: Dutch skater Lieke Baarda celebrates her women's 3000m title on Saturday. Credit: Nordbild\n\n"
        "Norway's Halvard Brekke won the men's 1500m at the European Championships in Hamar in 1:44.87.\n\n"
        "Related: Baarda storms to 3000m gold in 4:01.22 as Dutch dominate day one\n\n"
        "Daan van Kessel of the Netherlands took silver in 1:45.02, while Italy's Matteo Cortellini claimed bronze "
        "in 1:45.30 to add to his team pursuit medal from Friday.\n\n"
        "More on this story\nBaarda storms to 3000m gold\nCortellini leads Italy to team pursuit bronze\n"
    )
    assert events_of(record_of(text)) == [(1500, "men", ["Halvard Brekke", "Daan van Kessel", "Matteo Cortellini"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Berg won the women's 1,000m at the national trials in 1:14.20, punching her ticket to this summer's "
        "world championships.",
        "Anna Berg won the women's 1,000m at the national trials in 1:14.20, under the qualifying standard for the "
        "world championships.",
    ],
)
def test_a_competition_still_to_come_is_not_the_reports(record_of, sentence: str) -> None:
    event = record_of("Berg wins\n\n" + sentence)["events"][0]
    assert event["competition"]["name"] == "national trials" and event["results"][0]["medal"] is None


def test_numbered_races_without_a_distance_are_told_apart(record_of) -> None:
    text = (
        "Ilse van Rijswijk won both women's 500-meter races at the World Cup on Friday. In the first race, "
        "Zofia Wierzbicka was second in 37.70 and Elin Lindahl third in 37.79. Lindahl went one better in the "
        "second race, finishing second in 37.66, while Noor de Graaf was third in 37.71."
    )
    assert [len(e["results"]) for e in record_of(text)["events"]] == [3, 2]


def test_a_time_with_a_relative_clause_about_another_season_is_not_a_result(record_of) -> None:
    text = WC + (
        "Anna Berg won in 37.04. Lisa Holm was second, erasing the 37.51 she skated at the same oval last winter."
    )
    assert results(record_of(text))["Lisa Holm"]["time"] is None


def test_the_athlete_a_time_is_behind_is_not_its_owner(record_of) -> None:
    text = OLY + (
        "Chloe Fairbairn won bronze. The 24-year-old crossed the line in 1:12.51 behind South Korea's Lee Jun-ho, "
        "who took gold in 1:12.30."
    )
    rows = results(record_of(text))
    assert (rows["Chloe Fairbairn"]["time"]["text"], rows["Jun-ho Lee"]["time"]["text"]) == ("1:12.51", "1:12.30")


def test_compatriot_of_a_possessive_name_takes_that_nation(record_of) -> None:
    text = WC + "Norway's Sigrid Aasheim won in 37.04. Hanne Bakke, Aasheim's compatriot, was second in 37.10."
    assert results(record_of(text))["Hanne Bakke"]["nation"] == "NOR"


def test_an_earlier_round_in_a_pluperfect_aside_is_not_an_event(record_of) -> None:
    text = OLY + (
        "Anna Berg won in 1:12.30. Berg had only qualified fifth for the final after clocking 1:13.41 in the "
        "semi-finals."
    )
    assert [e["round"] for e in record_of(text)["events"]] == [None]


def test_the_story_follows_the_race_its_results_went_to(record_of) -> None:
    text = (
        "China's Tan Zhiheng won the men's 500m title on Sunday, as his compatriot Song Jiaxin claimed the "
        "women's 1,000m crown.\n\nTan clocked 40.108 seconds to beat teammate Gao Mingze, who finished second "
        "in 40.230. Canada's Jerome Pelletier was third in 40.377.\n\nIn the women's 1,000m, Song won in 1:29.745, "
        "ahead of Canada's Maude Cloutier, who was second in 1:29.806."
    )
    assert events_of(record_of(text)) == [
        (500, "men", ["Zhiheng Tan", "Mingze Gao", "Jerome Pelletier"]),
        (1000, "women", ["Jiaxin Song", "Maude Cloutier"]),
    ]


@pytest.mark.parametrize(
    ("text", "athlete", "rank"),
    [
        ("Mackenzie Rourke won the women's 500m in 37.92. Ava Price was second in 38.05.", "Mackenzie Rourke", 1),
        (
            WC
            + "Mackenzie Rourke clocked 37.92 to edge Ava Lindgren-Price (Fairfax, Va.), who finished second in 38.05.",
            "Ava Lindgren-Price",
            2,
        ),
        (WC + "Anna Berg won in 37.04. Hannah Oyelaran and Lisa Holm tied for third in 38.31.", "Lisa Holm", 3),
        (
            "In the men's division, Mr. Fujii Kaito (27, Daichi Transport) won his third national sprint title with "
            "140.215 points, followed by Ishikawa Ren (23, Nihon University) and Takeuchi Sho (30, Obihiro City "
            "Office).",
            "Ishikawa Ren",
            2,
        ),
    ],
)
def test_people_the_model_misses_or_misattaches(record_of, text: str, athlete: str, rank: int) -> None:
    assert results(record_of(text))[athlete]["rank"] == rank


def test_the_one_athlete_faster_than_the_runner_up_won(record_of) -> None:
    text = WC + "Anna Berg clocked 37.04, with Lisa Holm second in 37.30 and Emma Lind third in 37.41."
    assert results(record_of(text))["Anna Berg"]["rank"] == 1


def test_that_race_after_a_background_sentence_is_background(record_of) -> None:
    text = OLY + (
        "Anna Berg won in 1:12.30, ahead of Lisa Holm in 1:12.50. Berg's mother Eva Berg was the last Swede to "
        "win the title, in Calgary in 1988. Eva Berg won that race in 1:18.40."
    )
    assert "Eva Berg" not in results(record_of(text))


def test_winning_by_a_margin_from_an_athlete_places_them_second(record_of) -> None:
    text = WC + "Anna Berg won in 42.318, by 0.001 seconds from Japan's Hina Morikawa."
    morikawa = results(record_of(text))["Hina Morikawa"]
    assert (morikawa["rank"], morikawa["time"]["text"]) == (2, "42.319")


def test_a_relative_quoted_earlier_does_not_take_the_athletes_surname(record_of) -> None:
    text = (
        "Headline about a luge medal\n\nThe first sled Jenna McAllister ever rode was a feed sack.\n\n"
        '"We made it longer," Gord McAllister remembers.\n\nTwenty-two years later, the lane is longer. '
        "On Tuesday night McAllister won Olympic silver in the women's singles, finishing 0.117 seconds behind "
        "Germany's Lena Vogt, who won gold in 3:28.410."
    )
    rows = results(record_of(text))
    assert "Jenna McAllister" in rows and "Gord McAllister" not in rows


def test_a_surname_goes_to_the_person_named_before_it_not_a_relative_named_later(record_of) -> None:
    text = (
        "The title her mother never won: Roos Dijkhuizen and the road to Inzell\n\nThe first time Roos "
        "Dijkhuizen skated a 5000 metres, she was eleven.\n\nThe list is still on the fridge. It is in the family "
        "home.\n\nOn Sunday in Inzell, Dijkhuizen won the 1500m in 1:54.10. Kaja Tveit was second in 1:54.60.\n\n"
        "Anja Dijkhuizen-Post, her mother, was second at the 1997 European Championships."
    )
    rows = results(record_of(text))
    assert rows["Roos Dijkhuizen"]["rank"] == 1 and not any(name.startswith("Anja") for name in rows)


def test_a_race_of_another_day_is_background(record_of) -> None:
    text = (
        "Ilse van Rijswijk won the women's 500m at the World Cup on Friday in 37.62, with Elin Lindahl second "
        "in 37.70.\n\nOn Thursday, Canada's Liam Ouellette won the men's 500m in 34.41, edging Bram Kuipers by "
        "two hundredths of a second."
    )
    record = record_of(text)
    assert events_of(record) == [(500, "women", ["Ilse van Rijswijk", "Elin Lindahl"])]
    assert "Liam Ouellette" in [p["name"] for p in record["people"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her win comes a day after compatriot Jakub Kral took bronze in the men's 5000m in 6:10.22.",
        "In February Jakub Kral won the men's 5000m at the World Cup in Inzell in 6:10.22.",
    ],
)
def test_a_race_dated_against_the_reported_one_is_background(record_of, sentence: str) -> None:
    record = record_of(OLY + "Anna Berg won gold in 1:12.31. " + sentence)
    assert [e["distance_m"] for e in record["events"]] == [1000]
    assert "Jakub Kral" not in results(record)


def test_a_dead_heat_for_the_title_and_a_gap_behind_it(record_of) -> None:
    text = (
        "Rina Ishikawa won the women's 200-meter backstroke at the Japan Swimming Championships on Saturday in "
        "2:07.84. She was inside the selection standard of 2:09.18 and finished ahead of Mao Fujisaki, who was "
        "second in 2:08.51.\n\nIn the men's 100 freestyle, Sho Arakawa and Yuto Kanemaru could not be separated, "
        "touching together in 48.62 for a rare dead heat for the national title. Daiki Nomura was 0.28 behind in "
        "third."
    )
    record = record_of(text)
    assert [e["round"] for e in record["events"]] == [None, None]
    rows = results(record)
    assert rows["Mao Fujisaki"]["rank"] == 2
    assert (rows["Sho Arakawa"]["rank"], rows["Yuto Kanemaru"]["rank"]) == (1, 1)
    assert rows["Daiki Nomura"]["time"] == {"text": "48.90", "seconds": 48.9, "derived": True}


def test_a_description_by_nation_goes_to_a_recent_person_of_that_nation(record_of) -> None:
    text = (
        "Femke Kalsbeek won the European Allround Championships in Hamar. Ingrid Solbakken of Norway took "
        "silver.\n\nKalsbeek started the final day 0.31 points behind Solbakken. In the 1500 metres the Norwegian "
        "was once again the fastest, winning the distance in 1:55.12, but Kalsbeek finished second in 1:55.61."
    )
    rows = {r["athlete"]: r for e in record_of(text)["events"] if e["distance_m"] == 1500 for r in e["results"]}
    assert rows["Ingrid Solbakken"]["time"]["text"] == "1:55.12" and rows["Femke Kalsbeek"]["rank"] == 2


def test_places_behind_named_athletes_and_a_semi_final_heat_win(record_of) -> None:
    text = (
        "South Korean skater Kim Da-eun won the women's 1,500 meters gold at the World Short Track Championships "
        "on Saturday, as a crash involving her teammate Lee Soo-ah shook up the final. Kim crossed the line in "
        "2:28.417. Lee finished sixth.\n\nIn the semifinals earlier in the day, Kim won her heat in 2:31.220.\n\n"
        "In the men's 1,000m final, Park Jun-ho settled for silver behind Italy's Alessio Marchetti."
    )
    record = record_of(text)
    assert [[(r["athlete"], r["rank"]) for r in e["results"]] for e in record["events"]] == [
        [("Da-eun Kim", 1), ("Soo-ah Lee", 6)],
        [("Da-eun Kim", 1)],
        [("Alessio Marchetti", 1), ("Jun-ho Park", 2)],
    ]
    assert results(record)["Soo-ah Lee"]["nation"] == "KOR"


def test_an_obituary_reports_no_race(record_of) -> None:
    text = (
        "Arvid Nesheim, Norway's world allround champion of 1967, has died at the age of 84.\n\nNesheim won the "
        "world title at Bislett, clinching it with a 10,000 metres in 15:52.4 that left Kees van Leeuwen almost nine "
        "seconds behind."
    )
    assert record_of(text)["events"] == []


def test_a_crew_race_on_a_named_course(record_of) -> None:
    text = (
        "Nico Baumgartner has won the men's single sculls at the European Rowing Championships on the 2,000-metre "
        "Rotsee course. He crossed the line in 6:42.17, 0.88 seconds ahead of Britain's Oliver Grant.\n\n"
        "There was a second Swiss medal in the women's double sculls, where Anja Wyss and Seline Frei took silver in "
        "7:02.40 behind the Netherlands' Evi Jansen and Maud Koster, who won in 7:01.84. Romania finished third."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], len(e["results"])) for e in events] == [(2000, 2), (2000, 3)]
    assert [(r["athlete"], r["rank"], r["time"] and r["time"]["text"]) for r in events[1]["results"]] == [
        ("Netherlands", 1, "7:01.84"),
        ("Switzerland", 2, "7:02.40"),
        ("Romania", 3, None),
    ]


def test_the_other_genders_race_after_an_ungendered_one(record_of) -> None:
    text = (
        "Collins Kiprotich won the Manchester Marathon on Sunday in 2:09:14. Abebe Tesfaye was second in "
        "2:09:50.\n\nThe women's race was much closer. Ruth Chebet won in 2:24:31."
    )
    assert [(e["gender"], len(e["results"])) for e in record_of(text)["events"]] == [("men", 2), ("women", 1)]


def test_a_listicles_numbered_headings_are_no_places(record_of) -> None:
    text = (
        "Five things we learned from the World Sprint Championships in Inzell\n\n1. Kanda is the real deal\n\n"
        "Japan's Miyu Kanda became world sprint champion at 21, finishing on 148.225 points. Iris Boelens took "
        "silver.\n\n3. Verbrugge owns the Inzell ice\n\nThijs Verbrugge set a track record of 34.38 in the first "
        "men's 500m on Saturday.\n\n4. ...but Jang is champion\n\nJang Min-jae took the men's title with 137.915 "
        "points, with Verbrugge hanging on for silver and Piotr Galecki taking bronze."
    )
    events = record_of(text)["events"]
    ranks = {(e["gender"], e["distance_m"], r["athlete"]): r["rank"] for e in events for r in e["results"]}
    assert ranks[("women", None, "Miyu Kanda")] == 1 and ranks[("men", None, "Min-jae Jang")] == 1
    assert ranks[("men", None, "Thijs Verbrugge")] == 2 and ranks[("men", None, "Piotr Galecki")] == 3


def test_dutch_clock_times_and_counted_hundredths(record_of) -> None:
    text = (
        "HEERENVEEN - Sanne Bijlsma won the 1500 meter at the NK Distances in 1.55,48. Roos Kramer took the bronze "
        "in 1.56,02. Lieke Vos became fourth in 1.56,30.\n\nBy the men Jorrit Veenstra took the title on the 5000 "
        "meter in 6.12,44. Stijn Boersma was 21 hundredths slower and became second."
    )
    rows = results(record_of(text))
    assert rows["Sanne Bijlsma"]["time"]["text"] == "1:55.48" and rows["Sanne Bijlsma"]["medal"] == "gold"
    assert (rows["Lieke Vos"]["rank"], rows["Lieke Vos"]["time"]["text"]) == (4, "1:56.30")
    assert (rows["Stijn Boersma"]["rank"], rows["Stijn Boersma"]["time"]["text"]) == (2, "6:12.65")


def test_a_report_buried_under_other_times(record_of) -> None:
    text = (
        "CALGARY, Dec 6 (Wire) - Sweden's Viktor Lindqvist came within seven hundredths of a second of the men's "
        "1500 metres world record at the World Cup on Saturday, winning in 1:40.09.\n\nIn a closed time trial on "
        "Thursday he clocked 1:41.3. American Tyler Brandvold was second in 1:40.66, and last season's Calgary "
        "winner, Rick Swinkels of the Netherlands, was third, 0.81 behind Lindqvist.\n\nEarlier in the session, "
        "Aigerim Nurlanova won the women's 1500m in 1:50.62. Dutch pair Fenna Bosch and Jolien van Wijk clocked "
        "1:50.98 and 1:51.40 respectively for second and third."
    )
    events = record_of(text)["events"]
    assert [[(r["athlete"], r["rank"]) for r in e["results"]] for e in events] == [
        [("Viktor Lindqvist", 1), ("Tyler Brandvold", 2), ("Rick Swinkels", 3)],
        [("Aigerim Nurlanova", 1), ("Fenna Bosch", 2), ("Jolien van Wijk", 3)],
    ]
    assert events[0]["results"][0]["records"] == []


def test_a_podium_of_one_nation_and_a_with_phrase_after_a_time(record_of) -> None:
    text = (
        "The men's race over 100 kilometres came down to a sprint. Harm Tjalsma won in 2:31:07 ahead of Gerben "
        "Hoekstra. An all-Dutch podium, as you'd expect.\n\nThe women skated 60 kilometres. Anouk Dijkstra crossed "
        "the line in 1:41:22 with Ilse Postma 48 seconds later in second."
    )
    rows = results(record_of(text))
    assert rows["Harm Tjalsma"]["nation"] == "NED" and rows["Gerben Hoekstra"]["nation"] == "NED"
    assert (rows["Ilse Postma"]["rank"], rows["Ilse Postma"]["time"]["text"]) == (2, "1:42:10")


def test_a_table_aligned_with_spaces_and_a_standings_table(record_of) -> None:
    text = (
        "Torbjorn Ekre won the men's 10,000m at the World Single Distances Championships in Hamar.\n\n"
        "Results, men's 10,000m:\n\n"
        "Pos  Name               Nat  Time       Diff\n"
        "1    Torbjorn Ekre      NOR  12:51.37\n"
        "2    Sem Koopmans       NED  12:53.21   +1.84\n"
        "3    Matteo Lorenzini   ITA  12:55.02   +3.65\n\n"
        "World Cup 10,000m standings:\n\n"
        "Rank  Skater            Country  Points\n"
        "1     Torbjorn Ekre     NOR      260\n"
        "2     Kristof Mala      CZE      232\n"
    )
    rows = results(record_of(text))
    assert {name: (r["rank"], r["nation"], r["time"]["text"]) for name, r in rows.items()} == {
        "Torbjorn Ekre": (1, "NOR", "12:51.37"),
        "Sem Koopmans": (2, "NED", "12:53.21"),
        "Matteo Lorenzini": (3, "ITA", "12:55.02"),
    }


def test_team_pursuits_told_by_nation_adjectives(record_of) -> None:
    text = (
        "The Netherlands won the women's team pursuit at the European Championships in 2:55.41, with Poland second "
        "in 2:56.87. Norway's Kaja Ostby, Hedda Myrvold and Sunniva Lund held off Italy by three tenths of a second "
        "for bronze.\n\nThere was less joy in the men's event. The Polish men's team finished fifth, almost four "
        "seconds behind winners Norway, who clocked 3:39.12."
    )
    women, men = record_of(text)["events"]
    assert [(r["athlete"], r["medal"]) for r in women["results"]][2] == ("Norway", "bronze")
    assert "bronze" not in [r["medal"] for r in women["results"] if r["athlete"] == "Italy"]
    assert [(r["athlete"], r["rank"]) for r in men["results"]] == [("Norway", 1), ("Poland", 5)]


def test_a_relay_team_named_with_its_skaters(record_of) -> None:
    text = (
        "The Netherlands retained their women's 3000 metres relay title at the European Short Track Championships "
        "on Sunday, while Italy edged the Dutch in the mixed relay final.\n\nThe mixed 2000m relay was tight. "
        "Italy's quartet of Giulia Ferraro and Pietro Lombardi won gold in 2:38.114, just 0.187 seconds ahead of "
        "the Dutch team of Isa de Graaf and Daan Kuipers. Great Britain, with Holly Brennan and Callum Reid among "
        "their skaters, took bronze in 2:39.870, while France finished fourth."
    )
    mixed = record_of(text)["events"][-1]
    assert [(r["athlete"], r["rank"], r["medal"]) for r in mixed["results"]] == [
        ("Italy", 1, "gold"),
        ("Netherlands", 2, "silver"),
        ("Great Britain", 3, "bronze"),
        ("France", 4, None),
    ]


def test_a_weekday_race_beside_yesterdays_race_is_background(record_of) -> None:
    text = (
        "Kowalski skates to ninth\n\nDecember 8, 2025\n\nYesterday she went faster than ever.\n\nBrynn Kowalski "
        "finished ninth in the 1,500 meters at the World Cup in Calgary, 2.13 seconds behind the Netherlands' Marit "
        "Jongbloed, who won in 1:52.47.\n\nKowalski was 14th in Friday's 1,000m and admitted she skated scared."
    )
    assert events_of(record_of(text)) == [(1500, "women", ["Marit Jongbloed", "Brynn Kowalski"])]


def test_a_weekday_naming_a_title_dates_no_race(record_of) -> None:
    text = (
        "Men's 1500m under way. Thursday's 1000m champion Cody Halvorsen of the United States skates in the last "
        "pair.\n\nHalvorsen won the men's 1500m in 1:43.20, with Eirik Sveen second in 1:43.51."
    )
    assert events_of(record_of(text)) == [(1500, "men", ["Cody Halvorsen", "Eirik Sveen"])]


def test_given_names_outweigh_the_articles_only_gender_word(record_of) -> None:
    text = (
        "Sven van der Lende won the 1000 metres at the Dutch short track championships in 1:25.318, with Daan ter "
        "Wisch second in 1:25.402.\n\nAmong the women Jiska de Schipper became champion for the first time."
    )
    assert events_of(record_of(text))[0][:2] == (1000, "men")


def test_the_lede_names_the_days_of_the_report(record_of) -> None:
    text = (
        "Berg Wins 1500m, Takes Silver In 1000m\n\nINZELL – Anna Berg won Sunday's 1500m after finishing second "
        "in Saturday's women's 1000m.\n\nBerg clocked 1:51.09 in the 1500m to beat Lisa Holm by .31 of a second.\n\n"
        "In Saturday's 1000m, Holm won in 1:12.48. Berg was .27 behind in second, edging Mia Sand, third in 1:12.90."
    )
    assert [(distance, names) for distance, _, names in events_of(record_of(text))] == [
        (1500, ["Anna Berg", "Lisa Holm"]),
        (1000, ["Lisa Holm", "Anna Berg", "Mia Sand"]),
    ]


def test_the_one_faster_unplaced_athlete_won(record_of) -> None:
    text = (
        WC + "Lisa Holm was the class of the field in 37.48. "
        "Anna Berg was .27 behind in second, edging Ivy Dale, who finished third in 37.90."
    )
    rows = results(record_of(text))
    assert rows["Lisa Holm"]["rank"] == 1
    assert (rows["Anna Berg"]["rank"], rows["Anna Berg"]["time"]["text"]) == (2, "37.75")


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Canada's Ivy Dale rounded out the podium in 37.72.", "Ivy Dale", 3),
        ("Norway's Emma Lund completed the podium in 37.72.", "Emma Lund", 3),
        (
            "Lena Holt (Roseville, Minn.) and Ivy Dale (Lake Placid, N.Y.) placed 12th (38.66) and 17th (39.40), "
            "respectively.",
            "Ivy Dale",
            17,
        ),
    ],
)
def test_implied_and_respective_places(record_of, sentence: str, athlete: str, rank: int) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. " + sentence
    assert results(record_of(text))[athlete]["rank"] == rank


@pytest.mark.parametrize(
    ("sentence", "split"),
    [
        ("Anna Berg clocked 1:51.09 in the 1500m to beat Lisa Holm.", False),
        ("Anna Berg led with 300m to go and won in 1:51.09.", True),
    ],
)
def test_a_distance_to_go_is_a_split_and_a_race_is_not(nlp, sentence: str, split: bool) -> None:
    doc = nlp(sentence)
    assert any(s.label_ == "NONRESULT" and s.id_ == "split" for s in doc.spans["race"]) == split


def test_a_given_name_in_a_quotation_does_not_make_the_name_family_first(record_of) -> None:
    text = (
        WC + '"Darnell kept telling me to trust my opener," Anna Berg said after winning in 37.04. '
        "Head coach Darnell Whitfield agreed."
    )
    assert [p["name"] for p in record_of(text)["people"]] == ["Darnell Whitfield"]


def test_team_races_named_by_the_nation_noun_with_overall_places_and_the_events_distance(record_of) -> None:
    text = (
        "Host nation Italy win mixed team relay gold\n\nHost nation Italy won the mixed team relay on Tuesday. "
        "The Italian team stopped the clock at 2:35.611, just 0.029 seconds ahead of Canada, who took silver. "
        "The People's Republic of China took bronze in 2:35.902. In the Final B, the Netherlands won in 2:37.118 "
        "to finish fifth overall.\n\nThe 2,000m event was making only its second Olympic appearance after its debut "
        "at Beijing 2022."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["gender"]) for e in record["events"]] == [(2000, "mixed")]
    rows = [
        (r["athlete"], r["nation"], r["rank"], r["time"] and r["time"]["text"]) for r in record["events"][0]["results"]
    ]
    assert rows == [
        ("Italy", "ITA", 1, "2:35.611"),
        ("Canada", "CAN", 2, "2:35.640"),
        ("People's Republic of China", "CHN", 3, "2:35.902"),
        ("Netherlands", "NED", 5, "2:37.118"),
    ]


def test_a_nations_description_refers_to_a_person_of_that_nation(record_of) -> None:
    text = (
        WC + "Poland's Anna Nowak won in 37.04. In the 1000m she was second in 1:14.55, 0.18 behind Maren Vik. "
        "The Norwegian won that race in 1:14.37."
    )
    assert results(record_of(text))["Maren Vik"]["nation"] == "NOR"
    assert results(record_of(text))["Anna Nowak"]["nation"] == "POL"


def test_at_a_sprint_championships_medals_and_the_runner_up_belong_to_the_classification(record_of) -> None:
    text = (
        "Nowak takes European sprint crown\n\nOn Sunday in Hamar, Poland's Anna Nowak won the European Sprint "
        "Championships with 151.240 points, 0.315 clear of runner-up Sterre Bouma of the Netherlands.\n\n"
        "In Sunday's 1000m she was second in 1:14.55, 0.18 behind Maren Vik. The bronze went to Belgium's "
        "Lore Vandamme, who did not win a race all weekend."
    )
    record = record_of(text)
    classification = record["events"][0]
    assert classification["distance_m"] is None
    assert [(r["athlete"], r["rank"], r["medal"]) for r in classification["results"]] == [
        ("Anna Nowak", 1, "gold"),
        ("Sterre Bouma", 2, "silver"),
        ("Lore Vandamme", 3, "bronze"),
    ]
    assert all(r["medal"] is None for e in record["events"][1:] for r in e["results"])


def test_the_athlete_a_winner_finished_ahead_of_is_second(record_of) -> None:
    text = (
        WC + "Anna Berg won in 37.04 seconds. The 23-year-old finished 0.46 ahead of Lisa Holm, with Norway's "
        "Ivy Dale third in 37.61."
    )
    assert results(record_of(text))["Lisa Holm"]["rank"] == 2


def test_world_cup_standings_are_not_ranks(record_of) -> None:
    text = (
        WC + "Anna Berg won in 37.04 seconds, with Lisa Holm second in 37.10. Holm still leads the World Cup 500m "
        "standings with 472 points, 36 ahead of Berg."
    )
    rows = results(record_of(text))
    assert (rows["Anna Berg"]["rank"], rows["Lisa Holm"]["rank"]) == (1, 2)


def test_a_competition_named_in_a_quotation_is_not_the_reports(record_of) -> None:
    text = (
        "Anna Berg won the women's 500m at the World Cup in Calgary in 37.04 seconds, with Lisa Holm second. "
        '"I am not thinking about the Olympics," Berg said. "OK, the Olympics, a little."'
    )
    assert all(r["medal"] is None for r in results(record_of(text)).values())


def test_a_time_the_parser_splits_belongs_to_the_race_of_its_first_part(record_of) -> None:
    text = (
        "Nowak takes sprint title\n\nOn Saturday, Anna Nowak was second in the opening 500 meters in 37.63 seconds, "
        "behind Lisa Holm's 37.58, before winning the first 1,000 meters in 1 minute, 14.80 seconds to take a "
        "narrow lead. On Sunday she won the second 500 in 37.41 and was second in the closing 1,000 meters."
    )
    events = record_of(text)["events"]
    first_1000 = next(e for e in events if e["distance_m"] == 1000 and "first" in e["event"])
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in first_1000["results"]] == [
        ("Anna Nowak", 1, "1:14.80")
    ]


def test_a_final_b_without_overall_places_is_an_event_of_its_own(record_of) -> None:
    text = ST + (
        "with Callum Fairbairn second in 1:26.514 and Davide Conti third in 1:26.902. "
        "Hungary's Bence Molnar went on to win the Final B in 1:28.210, ahead of Britain's Ollie Pryce."
    )
    record = record_of(text)
    assert [e["round"] for e in record["events"]] == ["final", "final B"]
    assert [(r["athlete"], r["rank"]) for r in record["events"][1]["results"]] == [
        ("Bence Molnar", 1),
        ("Ollie Pryce", 2),
    ]


def test_a_relative_clause_takes_its_antecedents_round_and_owns_what_ends_it(record_of) -> None:
    text = ST + (
        "with Callum Fairbairn second, 0.081 seconds behind the winner, and Davide Conti, who claimed bronze "
        "0.2 seconds behind the winner. Fairbairn finished second in the second semi-final, 0.047 seconds behind "
        "Lee Jun-ho, who won it in 1:24.881."
    )
    record = record_of(text)
    semi = next(e for e in record["events"] if e["round"] == "semi-final")
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in semi["results"]] == [
        ("Jun-ho Lee", 1, "1:24.881"),
        ("Callum Fairbairn", 2, "1:24.928"),
    ]


def test_a_pluperfect_aside_with_an_adverb_is_background(record_of) -> None:
    text = WC + (
        "Anna Berg won in 37.04 seconds, with Lisa Holm second in 37.10. Berg had only qualified fifth for the "
        "final after clocking 38.41 in the semi-finals, where Holm's 38.09 was the quickest of the field."
    )
    record = record_of(text)
    assert len(record["events"]) == 1
    assert results(record)["Lisa Holm"]["time"]["text"] == "37.10"


def test_a_place_named_in_the_dateline_is_not_a_person(record_of) -> None:
    text = (
        "Kiptanui runs 2:03:48 to win Valencia, Alemayehu takes women's race\n\nVALENCIA, Spain, Dec 6 (Reuters) - "
        "Kenya's Wilfred Kiptanui won the Valencia Marathon on Sunday in 2:03:48. Ethiopia's Dawit Tessema was "
        "second in 2:03:59.\n\nIn the women's race, Ethiopia's Meseret Alemayehu ran alone for the last 15 "
        "kilometres and won in 2:16:20. Kenya's Purity Jepkorir, who had won in Valencia two years ago, was second, "
        "41 seconds behind Alemayehu, with her training partner Pamela Jerono third."
    )
    record = record_of(text)
    assert [(e["gender"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        ("men", ["Wilfred Kiptanui", "Dawit Tessema"]),
        ("women", ["Meseret Alemayehu", "Purity Jepkorir", "Pamela Jerono"]),
    ]
    assert results(record)["Meseret Alemayehu"]["time"]["text"] == "2:16:20"


@pytest.mark.parametrize(
    "sentence",
    [
        "Berg, the world 1000m silver medallist, holds a best of 1:13.30.",
        "Holm qualified for the 1000m with 1:14.10.",
    ],
)
def test_a_distance_in_a_title_or_a_qualification_is_no_new_race_for_the_report(record_of, sentence: str) -> None:
    text = WC + "Anna Berg won in 37.04 seconds, with Lisa Holm second in 37.10. " + sentence
    assert [e["distance_m"] for e in record_of(text)["events"]] == [500]


def test_a_beaten_athlete_does_not_take_the_winners_time(record_of) -> None:
    text = (
        "Zhang Haoran of China won the men's 1,000m final at the World Tour in Harbin on Sunday, overtaking "
        "South Korea's Lee Ji-ho on the last lap to finish in 1:24.617. Lee was second in 1:24.711."
    )
    rows = results(record_of(text))
    assert rows["Haoran Zhang"]["time"]["text"] == "1:24.617"


@pytest.mark.parametrize(
    "text",
    [
        "Last season's Heerenveen meeting belonged to Jutta Brouwer. The Dutchwoman won the 1500m in 1:53.84 and "
        "was second in the 1000m, and she returns this weekend as the fastest woman of the season.",
        "The American was only seventh here last December, a result he later blamed on a virus.",
        "Eggenberger is taking the winter off. She won the corresponding race in Nagano a year ago in 37.25.",
    ],
)
def test_what_a_preview_recalls_is_no_result(record_of, text: str) -> None:
    assert record_of("Preview: World Cup returns to Heerenveen\n\n" + text)["events"] == []


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("Lisa Holm was again runner-up, just a hundredth of a second slower.", 2),
        ("Lisa Holm finished runner-up in 37.10.", 2),
    ],
)
def test_runner_up_is_second(record_of, sentence: str, rank: int) -> None:
    assert results(record_of(WC + "Anna Berg won in 37.04 seconds. " + sentence))["Lisa Holm"]["rank"] == rank


def test_the_clock_at_a_time_is_a_time_not_a_gap(record_of) -> None:
    text = WC + "Anna Berg stopped the clock at 37.19 seconds to win, 0.14 ahead of Lisa Holm."
    rows = results(record_of(text))
    assert (rows["Anna Berg"]["time"]["text"], rows["Lisa Holm"]["time"]["text"]) == ("37.19", "37.33")


def test_an_allround_report_keeps_distance_results_apart_from_the_final_standings(record_of) -> None:
    text = (
        "Dvorakova seals third allround title\n\nCzech star Lucie Dvorakova won the World Allround title in "
        "Calgary on Sunday, finishing the 5,000m in 6:40.87. Femke de Wilde of the Netherlands skated the "
        "second-fastest time, 6:47.30, to lock up the bronze in the final classification, while Hinata Ogura was "
        "fourth in the distance.\n\nFinal standings: Dvorakova won with 157.114 points, with Ogura second and de "
        "Wilde third. Canada's Maddie Thiessen was eighth."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    standings = [(r["athlete"], r["rank"], r["medal"]) for r in events["women's allround classification"]["results"]]
    assert standings[:3] == [
        ("Lucie Dvorakova", 1, "gold"),
        ("Hinata Ogura", 2, "silver"),
        ("Femke de Wilde", 3, "bronze"),
    ]
    distance = [(r["athlete"], r["rank"]) for r in events["women's 5000m"]["results"]]
    assert ("Femke de Wilde", 2) in distance and ("Hinata Ogura", 4) in distance


def test_team_races_beaten_teams_and_subjectless_verbs(record_of) -> None:
    text = (
        "Canada's Anna Berg, Lisa Holm and Ivy Dale won the women's team pursuit at the World Cup in Quebec City on "
        "Saturday, finishing in 2:56.14 to beat Japan by 0.41 seconds. The Netherlands were third in 2:57.10. "
        "The Canadians lead the standings.\n\n"
        "In the men's team sprint, Canada took bronze in 1:19.35. The Netherlands won in 1:18.70 and Norway "
        "were second, 0.32 seconds back."
    )
    record = record_of(text)
    rows = {
        e["event"]: [(r["athlete"], r["rank"], r["time"] and r["time"]["text"]) for r in e["results"]]
        for e in record["events"]
    }
    assert ("Japan", 2, "2:56.55") in rows["women's team pursuit"]
    assert rows["men's team sprint"] == [
        ("Netherlands", 1, "1:18.70"),
        ("Norway", 2, "1:19.02"),
        ("Canada", 3, "1:19.35"),
    ]


def test_held_off_pair_partners_and_openers(record_of) -> None:
    text = (
        "In the men's 500, Canada's Max Roy held off South Korea's Yoon Dae-gyu to win in 34.52. Yoon was second "
        "in 34.60. Roy's 100-meter opener of 9.51 was the fastest of the day. Yoon's pair partner, Kazakhstan's "
        "Arman Seitkali, crossed the line in 35.41."
    )
    record = record_of(text)
    assert [e["distance_m"] for e in record["events"]] == [500]
    rows = results(record)
    assert (rows["Max Roy"]["time"]["text"], rows["Arman Seitkali"]["time"]["text"]) == ("34.52", "35.41")


def test_a_lede_title_joins_the_relay_its_section_reports(record_of) -> None:
    text = (
        "The championships closed on Sunday with two dramatic relay finals, as the Netherlands (NED) retained the "
        "women's 3000m title and Hungary (HUN) won the men's 5000m in a race decided on the line.\n\n"
        "Women's 3000m Relay\nFenna Brouwer, Isa de Graaf, Lotte Meijering and Roos van Ommen "
        "controlled the women's final from the front and stopped the clock at 4:07.512. Italy (ITA) chased all the "
        "way and finished 0.177 seconds behind, with Poland (POL) taking bronze in 4:09.045."
    )
    event = record_of(text)["events"][0]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]] == [
        ("Netherlands", 1, "4:07.512"),
        ("Italy", 2, "4:07.689"),
        ("Poland", 3, "4:09.045"),
    ]


def test_names_with_home_towns_and_a_future_beside_a_tie(record_of) -> None:
    text = (
        "Mackenzie Rourke won the women's 500m at the U.S. Championships in Milwaukee on Saturday in 37.92. "
        "Ava Lindgren-Price (Fairfax, Va.) finished second in 38.05. Hannah Oyelaran (Brookfield, Wis.) and "
        "Brooke Salazar (Evanston, Ill.) tied for third in 38.31, and both will stand on the podium."
    )
    rows = results(record_of(text))
    assert [(rows[n]["rank"], rows[n]["time"]["text"]) for n in ("Hannah Oyelaran", "Brooke Salazar")] == [
        (3, "38.31"),
        (3, "38.31"),
    ]


def test_a_teammate_with_a_nation_gives_it_to_the_athlete_too(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. Her U.S. teammate Ivy Dale placed 12th."
    assert results(record_of(text))["Anna Berg"]["nation"] == "USA"


def test_a_place_come_from_is_no_rank_and_compatriots_share_a_nation(record_of) -> None:
    text = (
        "ADELBODEN, Switzerland, Jan 11 (AFP) - Switzerland's Noe Ambuhl won the men's slalom on Sunday, charging "
        "from eighth place after the opening leg to win in a combined time of 1:44.62. Ambuhl's compatriots Reto "
        "Gisler, Luca Cadruvi and Sandro Lotscher finished 14th, 15th and 22nd respectively."
    )
    rows = results(record_of(text))
    assert rows["Noe Ambuhl"]["rank"] == 1
    assert [rows[n]["nation"] for n in ("Reto Gisler", "Luca Cadruvi", "Sandro Lotscher")] == ["SUI"] * 3


def test_split_as_a_verb_is_no_lap_split(record_of) -> None:
    text = (
        WC + "Anna Berg stopped the clock at 37.43, 0.41 seconds behind the winner, Canada's Ivy Dale. Japan's "
        "Momoka Sugiura split them in second with 37.30."
    )
    assert results(record_of(text))["Momoka Sugiura"]["time"]["text"] == "37.30"


def test_an_indefinite_discipline_names_no_race(record_of) -> None:
    text = (
        "Ingrid Haugland won the women's mass start at the European Championships on Sunday in 8:31.07. Italy's "
        "Giada Moretti took silver, 0.09 seconds back, and Sigrid Haugland was another 0.30 behind her after "
        "winning a sprint for third."
    )
    record = record_of(text)
    assert [e["event"] for e in record["events"]] == ["women's mass start"]
    assert [r["rank"] for r in record["events"][0]["results"]][:2] == [1, 2]
    assert results(record)["Sigrid Haugland"]["rank"] != 1


def test_a_hyphenated_given_name_stays_part_of_the_name(nlp) -> None:
    doc = nlp("South Korean cross-country skier Han Da-som won the silver medal in the women's 5km classic.")
    assert "Han Da-som" in [m.text for m in doc.spans["people"]]


def test_a_gender_in_a_clause_beside_does_not_name_the_race(record_of) -> None:
    text = (
        "Blackwood blitzes to world indoor 60m gold, Okafor-Eze takes women's title\n\nTORUN, Poland, March 21 "
        "(Agency) -- Jamaica's Oshane Blackwood won the men's 60 meters at the World Athletics Indoor "
        "Championships on Saturday, clocking 6.44 seconds to beat American Trey Mabry, who took silver."
    )
    assert [(e["gender"], e["distance_m"]) for e in record_of(text)["events"]] == [("men", 60)]


def test_taking_a_qualified_title_is_a_win(record_of) -> None:
    text = (
        "In the men's 1500 metres at the Dutch championships, Thom van den Brink took his third national title "
        "in 1:44.92, 0.40 ahead of Rutger Ypma."
    )
    rows = results(record_of(text))
    assert (rows["Thom van den Brink"]["rank"], rows["Rutger Ypma"]["rank"]) == (1, 2)


@pytest.mark.parametrize(
    ("text", "athlete", "field", "value"),
    [
        (
            "HEERENVEEN - Marit van der Meulen won the World Cup 1500m in 1:54.77. Ada Holm was second.",
            "Marit van der Meulen",
            "time",
            {"text": "1:54.77", "seconds": 114.77, "derived": False},
        ),
        (
            WC + "Anna Berg won in 37.04. Berg's teammate Sun Yiming was penalized for an illegal block and "
            "Lisa Holm was second.",
            "Anna Berg",
            "status",
            "finished",
        ),
    ],
)
def test_names_found_by_their_shape(record_of, text: str, athlete: str, field: str, value) -> None:
    """Names with several particles, after a dateline in capitals, after a person noun."""
    assert results(record_of(text))[athlete][field] == value


def test_an_absolute_with_phrase_owns_its_place_and_another_gap_counts_from_the_last_gap(record_of) -> None:
    text = (
        "Marit Holm won the World Cup 1500m in 1:54.77. Jolien Berg finished 0.31 seconds behind her, "
        "with Norway's Ingrid Solheim another 0.12 back in third."
    )
    found = results(record_of(text))
    assert (found["Ingrid Solheim"]["rank"], found["Ingrid Solheim"]["time"]["text"]) == (3, "1:55.20")
    assert (found["Jolien Berg"]["rank"], found["Jolien Berg"]["time"]["text"]) == (2, "1:55.08")


@pytest.mark.parametrize(
    "sweep", ["It was a Dutch one-two", "It was a Dutch 1-2", "The Dutch podium sweep was complete"]
)
def test_a_nations_sweep_gives_the_nation_to_the_top_places(record_of, sweep: str) -> None:
    text = f"Marit Holm won the World Cup 1500m in 1:54.77. {sweep}: Jolien Berg was second and Ada Lind third."
    found = results(record_of(text))
    assert found["Marit Holm"]["nation"] == "NED" and found["Jolien Berg"]["nation"] == "NED"
    assert found["Ada Lind"]["nation"] == ("NED" if "sweep" in sweep else None)


def test_a_skater_penalised_for_a_foul_is_disqualified(record_of) -> None:
    text = (
        "Lee Ji-ho won the men's 1000m at the short track world championships in 1:24.617. Jorrit Hoek crossed "
        "the line second but was penalised for an illegal block, which promoted Ada Lind to silver."
    )
    assert results(record_of(text))["Jorrit Hoek"]["status"] == "dq"


def test_a_dateline_with_the_reports_year_is_no_background_heading(record_of) -> None:
    text = (
        "Montferrand clean in the fog\n\nOberhof, Germany – 9 January 2026\n\n"
        "Baptiste Montferrand of France won the men's 10-kilometre sprint at the Biathlon World Cup on Friday "
        "in 23:41.8. Germany's Lukas Brandmeier finished second, 12.4 seconds back.\n\n"
        "The top 60 qualify for Saturday's 12.5 km pursuit."
    )
    assert events_of(record_of(text)) == [(10000, "men", ["Baptiste Montferrand", "Lukas Brandmeier"])]


@pytest.mark.parametrize(
    ("sentence", "athlete", "time"),
    [
        (
            "Italy's Ada Lind and Sweden's Eva Holm were fifth and sixth, 31.0 and 33.6 seconds behind the winner "
            "respectively.",
            "Ada Lind",
            "24:12.8",
        ),
        ("Eva Holm was second. Her course time of 22:51.3 was the fastest in the field.", "Eva Holm", None),
        ("Eva Holm was second. Her standing stage took 24.9 seconds.", "Eva Holm", None),
    ],
)
def test_listed_gaps_share_a_unit_and_stage_times_are_not_results(
    record_of, sentence: str, athlete: str, time: str | None
) -> None:
    text = "Mia Sand won the women's 10km sprint at the Biathlon World Cup in 23:41.8. " + sentence
    found = results(record_of(text))[athlete]["time"]
    assert (found["text"] if found else None) == time


def test_a_standing_now_held_is_no_rank(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm was second in 37.30. Berg now climbs to third overall."
    assert results(record_of(text))["Anna Berg"]["rank"] == 1


def test_a_distance_naming_the_course_is_the_current_races(record_of) -> None:
    text = (
        "Cian Moran finished fourth in the men's single sculls final at the World Rowing Championships. "
        "He sat third at halfway on the 2000m course. Sam White won gold in 6:38.90, ahead of Jonas Ried in 6:40.15."
    )
    assert events_of(record_of(text)) == [(2000, "men", ["Sam White", "Jonas Ried", "Cian Moran"])]


def test_a_round_straight_after_a_win_is_its_round_however_parsed(record_of) -> None:
    text = (
        "Moran fourth in single sculls A Final as Giolla wins B Final\n\n"
        "Cian Moran finished fourth in the men's single sculls A Final. Sam White won gold in 6:38.90.\n\n"
        "Earlier, Darragh Giolla won the B Final in 6:49.81, with Nico Zurcher second."
    )
    final = record_of(text)["events"][0]
    assert "Darragh Giolla" not in [r["athlete"] for r in final["results"]]


def test_a_programme_of_races_sets_the_first_as_current(record_of) -> None:
    text = (
        "Welcome back to Hamar. The women's 500m is first up, the men's 1000m follows.\n\n"
        "18:09 – Natsuki Ozawa (JPN) stops the clock at 37.31.\n\n18:21 – Marloes Wijnberg (NED) finishes in 37.27!"
    )
    assert events_of(record_of(text)) == [(500, "women", ["Marloes Wijnberg", "Natsuki Ozawa"])]


def test_run_times_are_not_the_result_of_a_two_run_race(record_of) -> None:
    text = (
        "Gian Caviezel won the World Cup giant slalom in Alta Badia on Sunday, pipping first-run leader Mathias "
        "Refsnes by 0.17sec. Caviezel clocked 1min 13.23sec on a steep, icy second run for a combined time of "
        "2:28.63. Refsnes could only manage 1:13.78 in the afternoon. Jakob Unterweger held on for third, 0.49sec "
        "behind the winner. Americans Ryder Quill and Nate Hal finished 11th and 15th respectively, 1.86sec and "
        "2.40sec off the pace."
    )
    found = {name: (r["rank"], r["time"] and r["time"]["text"]) for name, r in results(record_of(text)).items()}
    assert found == {
        "Gian Caviezel": (1, "2:28.63"),
        "Mathias Refsnes": (2, "2:28.80"),
        "Jakob Unterweger": (3, "2:29.12"),
        "Ryder Quill": (11, "2:30.49"),
        "Nate Hal": (15, "2:31.03"),
    }


def test_an_infinitive_of_result_belongs_to_the_subject_of_its_clause(record_of) -> None:
    text = (
        "Dennis Langat won the 5000m at the Bislett Games on Thursday night, kicking away from Ethiopia's Abebe "
        "Worku on the final bend to win in 12:58.41. His last kilometre took 2:28.7. Worku finished second in "
        "12:58.96. Langat's time moves him ahead of the 12:59.30 run by compatriot Peter Chelimo in Doha in May."
    )
    found = {name: r["time"]["text"] for name, r in results(record_of(text)).items()}
    assert found == {"Dennis Langat": "12:58.41", "Abebe Worku": "12:58.96"}


def test_a_description_before_a_name_is_part_of_that_name(record_of) -> None:
    text = (
        WC + "Anna Berg won in 37.04. Eva Holm crashed and did not finish. "
        "The 18-year-old Zofia Krawiec (POL) scored seven points and was 12th on her debut."
    )
    assert results(record_of(text))["Zofia Krawiec"]["rank"] == 12


def test_a_skaters_own_sprint_is_no_race(record_of) -> None:
    text = (
        "Casper Lindeboom won the men's mass start at the World Cup in Calgary. Lindeboom launched his sprint at "
        "the start of the final lap and held off Lee Jae-won to win in 7:34.18. Lee was second."
    )
    assert [e["event"] for e in record_of(text)["events"]] == ["men's mass start"]


def test_gaps_to_the_podium_further_gaps_and_heat_times(record_of) -> None:
    text = (
        "Elvira Sandqvist of Sweden won the women's 100m butterfly at the European Championships on Friday, "
        "touching in 56.21. Arianna Mazzocchi took silver in 56.40, while Hungary's Dorka Szilagy claimed bronze, "
        "0.23 seconds further back. Britain's Esme Carrow missed the podium by eight hundredths of a second in "
        "fourth. France's Mae Guerin and the Netherlands' Fenne Oudshoorn finished fifth and sixth in 56.88 and "
        "57.02 respectively. Germany's Lea Hoffbauer, the fastest qualifier from the morning heats in 57.34, "
        "withdrew before the semi-finals."
    )
    found = {name: (r["nation"], r["time"] and r["time"]["text"]) for name, r in results(record_of(text)).items()}
    assert found["Dorka Szilagy"] == ("HUN", "56.63")
    assert found["Esme Carrow"] == ("GBR", "56.71")
    assert found["Fenne Oudshoorn"] == ("NED", "57.02")
    assert found.get("Lea Hoffbauer", (None, None))[1] is None


def test_a_gap_off_the_podium_counts_from_third(record_of) -> None:
    text = (
        WC
        + "Anna Berg won in 37.04. Lisa Holm was second in 37.20 and Emma Lind third in 37.31. "
        + ("Ada Voss was fourth, agonisingly 0.07 off the podium.")
    )
    assert results(record_of(text))["Ada Voss"]["time"]["text"] == "37.38"


def test_a_clock_time_of_day_is_no_result_and_a_nations_description_follows_pronouns(record_of) -> None:
    text = (
        "The alarm goes off at 4:50 in a wooden house above Bergen, and Astrid Lemvik is out of bed before it "
        "rings.\n\nShe is not slow anymore. Last Sunday, in the World Cup 5,000 metres in Stavanger, the Norwegian "
        "finished fifth in 7:01.36 — her best result in four years, and 4.20 seconds behind the winner, the Czech "
        "Klara Vondrackova."
    )
    found = {name: (r["rank"], r["time"]["text"]) for name, r in results(record_of(text)).items()}
    assert found == {"Klara Vondrackova": (1, "6:57.16"), "Astrid Lemvik": (5, "7:01.36")}


def test_live_blog_splits_running_standings_and_a_shared_medal(record_of) -> None:
    text = (
        "Live: World Single Distances Championships in Hamar\n\n"
        "18:09 – Natsuki Ozawa (JPN) stops the clock at 37.31 in the women's 500m.\n\n"
        "18:25 – Kim Ye-rin (KOR) crosses in 37.31, exactly the same as Ozawa.\n\n"
        "18:36 – So the podium: Koh gold, Wijnberg silver, and a shared bronze for Ozawa and Kim.\n\n"
        "19:05 – Men's 1000m coming up.\n\n"
        "19:14 – Jesper Voskuil (NED) opens in 16.38 and finishes in 1:07.02.\n\n"
        "19:31 – China's Han Zhiyuan goes 1:06.88. Voskuil drops to second.\n\n"
        "19:40 – Last pair, and it's Norway's Even Skrede. Opener 16.21... 600m in 40.6... 1:06.51!!!\n\n"
        "19:44 – Final standings in the men's 1000m: Skrede gold, Han silver. Voskuil fourth."
    )
    found = {
        name: (r["rank"], r["medal"], r["time"] and r["time"]["text"]) for name, r in results(record_of(text)).items()
    }
    assert found["Natsuki Ozawa"][1] == found["Ye-rin Kim"][1] == "bronze"
    assert found["Even Skrede"] == (1, "gold", "1:06.51")
    assert found["Jesper Voskuil"][0] == 4


@pytest.mark.parametrize(
    ("sentence", "athlete", "field", "value"),
    [
        ("Eva Holm was a hundredth slower still in third.", "Eva Holm", "time", "37.31"),
        ("Eva Holm was a hundredth of a second further back in third.", "Eva Holm", "time", "37.31"),
        ("Eva Holm, racing in Heerenveen, the Netherlands, was third.", "Eva Holm", "nation", None),
        ("Fellow American Eva Holm was third.", "Lisa Holm", "nation", "USA"),
    ],
)
def test_further_gaps_places_and_fellow_nationals(record_of, sentence: str, athlete: str, field: str, value) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm was second, 0.26 behind. " + sentence
    found = results(record_of(text))[athlete][field]
    assert (found["text"] if isinstance(found, dict) else found) == value


def test_a_pronoun_after_a_sentence_without_a_person_subject_refers_to_its_person(record_of) -> None:
    text = (
        "Julia Simon won the women's 7.5km sprint at the Biathlon World Championships in 20:51.4. Norway's Maren "
        "Fossli finished 6.8 seconds behind for silver. Meng Xiaoyu took bronze at +14.5. The hard-luck story "
        "belonged to Italy's Chiara Dellantonio. She missed two targets and ended up fourth, four tenths of a "
        "second off the bronze."
    )
    found = results(record_of(text))["Chiara Dellantonio"]
    assert (found["rank"], found["time"]["text"]) == (4, "21:06.3")


def test_an_aside_after_a_name_in_a_with_phrase(record_of) -> None:
    text = (
        "Clement Noel won the World Cup slalom in Adelboden in 1:44.62. Norway's Eirik Tangvald finished second, "
        "0.19sec back, with Florian Moosbrugger, racing for Austria, third at +0.33."
    )
    found = results(record_of(text))["Florian Moosbrugger"]
    assert (found["nation"], found["rank"], found["time"]["text"]) == ("AUT", 3, "1:44.95")


def test_a_relays_distance_is_its_legs_total_and_names_the_headlines_relay(record_of) -> None:
    text = (
        "Gustavsberg gives Sweden relay win over Norway\n\n"
        "Sweden won the women's 4x5 km relay at the cross-country World Cup in Valdossola on Sunday. The Swedish "
        "quartet finished in 52:14.6, eight tenths of a second ahead of Norway, with Finland third at 21.7 seconds."
    )
    assert events_of(record_of(text)) == [(20000, "women", ["Sweden", "Norway", "Finland"])]


def test_a_results_line_with_tied_places_and_a_sentence_ending_in_metres(record_of) -> None:
    text = (
        "Jurre Groen won the men's 1,500 metres at the speed skating World Cup on Saturday in 1:44.87. Home "
        "skater Tadeusz Wroblik was third, a day after placing 11th in the 1,000m. Kazakhstan's Aidar Temir was "
        "disqualified.\n\nLeading results: 1. Jurre Groen (Netherlands) 1:44.87; 2. Tormod Mykle (Norway) "
        "1:45.06; 3. Tadeusz Wroblik (Poland) 1:45.30; 8= Ruben Klein (Netherlands) 1:46.02; 8= Owen Strath "
        "(Canada) 1:46.02."
    )
    record = record_of(text)
    assert [(e["distance_m"], len(e["results"])) for e in record["events"]] == [(1500, 6)]
    assert results(record)["Owen Strath"]["rank"] == results(record)["Ruben Klein"]["rank"] == 8


def test_a_legs_distance_and_a_withdrawal_day_make_no_race(record_of) -> None:
    text = (
        "Imogen Faircloth took her first World Cup victory in Montalvo on Saturday, overhauling Lucia Ondarreta "
        "to win the women's Olympic-distance triathlon in 1:56:12. Ondarreta led out of the 1.5km lake swim in "
        "18:41. Saskia Veldmann withdrew on Friday with a calf injury.\n\nResults:\n"
        "1. Imogen Faircloth, Great Britain, 1:56:12\n2. Lucia Ondarreta, Spain, +0:08\n3. Kiara Weddell, "
        "Australia, +0:31"
    )
    record = record_of(text)
    assert events_of(record) == [
        (None, "women", ["Imogen Faircloth", "Lucia Ondarreta", "Kiara Weddell", "Saskia Veldmann"])
    ]
    assert results(record)["Saskia Veldmann"]["status"] == "dns"


def test_a_nations_description_takes_the_recent_person_over_an_older_one_of_that_nation(record_of) -> None:
    text = (
        "Romy Stapelkamp of the Netherlands was fourth in the women's 500m at the World Cup.\n\n"
        "The men's 1000 was the race of the night. Travis Bonnington won in 1:07.52. Hylke Wijnstra came in with a "
        "season best of 1:07.21 from Salt Lake, but the Dutchman could only manage 1:07.60 for second."
    )
    found = results(record_of(text))["Hylke Wijnstra"]
    assert (found["nation"], found["time"]["text"]) == ("NED", "1:07.60")


@pytest.mark.parametrize(
    ("lede", "medal"),
    [
        ("Dennis Langat won the 5000m at the Bislett Games on Thursday night in 12:58.41.", None),
        (
            "Dennis Langat won the 5000m at the Milan Cortina Games on Thursday in 12:58.41, his first Olympic title.",
            "gold",
        ),
    ],
)
def test_games_are_the_olympics_only_in_an_olympic_report(record_of, lede: str, medal: str | None) -> None:
    text = lede + " Abebe Worku finished second in 12:58.96."
    assert results(record_of(text))["Dennis Langat"]["medal"] == medal


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ('Brianne "Rocket" Sawchuk', "Brianne Sawchuk"),
        ("Travis “T-Bone” Bonnington", "Travis Bonnington"),
        ("Kok's", "Kok"),
    ],
)
def test_a_names_form_drops_a_quoted_nickname_and_a_possessive(mention: str, name: str) -> None:
    assert clean_name(mention) == name


def test_the_dateline_place_and_a_sentence_leading_today_are_no_people(record_of) -> None:
    text = (
        "Alta Badia (Italy) (AFP) - Gian-Luca Caviezel won the World Cup giant slalom in Alta Badia on Sunday in "
        '2:28.63. Mathias Refsnes was second in 2:28.80. "Today Gian-Luca was just a little bit braver," said '
        "coach Reto Cadruvi."
    )
    assert {p["name"] for p in record_of(text)["people"]} <= {"Reto Cadruvi"}


def test_an_object_pronoun_before_any_name_refers_back(record_of) -> None:
    text = (
        "Paige Donnelly finished 23rd in the women's giant slalom at the Winter Games on Sunday, posting a two-run "
        "time of 2:19.84. That put her 4.12 seconds behind the winner, Italy's Carlotta Zardini."
    )
    assert results(record_of(text))["Carlotta Zardini"]["time"]["text"] == "2:15.72"


def test_being_champion_in_a_distance_is_winning_that_race(record_of) -> None:
    text = (
        "Lotte Brinkhorst is European champion in the 1500 metres. At the European Short Track Championships "
        "she crossed the line in 2:24.518. Italian Chiara Benedetti took silver, 0.081 seconds behind Brinkhorst."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [(r["athlete"], r["rank"]) for r in e["results"]]) for e in events] == [
        (1500, [("Lotte Brinkhorst", 1), ("Chiara Benedetti", 2)])
    ]


def test_a_course_distance_is_the_distance_of_every_race_on_it(record_of) -> None:
    text = (
        "Ondrej Simek won the men's single sculls, crossing the line of the 2000m Rotsee course in 6:41.22. "
        "Hamish Roydhouse was second in 6:42.05.\n\nIn the women's double sculls, the Netherlands won in 6:58.44 "
        "and Romania crossed in 7:00.12 for second."
    )
    assert [(e["gender"], e["distance_m"]) for e in record_of(text)["events"]] == [("men", 2000), ("women", 2000)]


def test_a_relay_named_by_its_skaters_races_for_the_nation_named_before(record_of) -> None:
    text = (
        "The Dutch men then completed a perfect afternoon. In the 5000 metres relay, Daan Verbeek, Jelle Hoogland, "
        "Ruben Stam and Milan de Graaf took gold in 6:49.302. Hungary took silver, 0.412 seconds behind."
    )
    record = record_of(text)
    event = record["events"][0]
    assert (event["gender"], event["distance_m"]) == ("men", 5000)
    rows = [(r["athlete"], r["rank"], r["time"]["text"] if r["time"] else None) for r in event["results"]]
    assert rows == [("Netherlands", 1, "6:49.302"), ("Hungary", 2, "6:49.714")]
    assert event["results"][0]["members"] == ["Daan Verbeek", "Jelle Hoogland", "Ruben Stam", "Milan de Graaf"]
    assert record["people"] == []


def test_a_style_named_for_a_relays_leg_is_no_race_of_its_own(record_of) -> None:
    text = (
        "In the women's relay at the World Championships, Norway's Ingrid Solberg, Kaja Myhre, Sigrid Aune and "
        "Marte Lunde won gold in 53:02.7, with Lunde pulling away on the final climb of the freestyle anchor leg.\n\n"
        "Sweden (Elsa Wikstrom, Tilda Holm, Moa Sundqvist, Linnea Berggren) took silver, 9.5 seconds behind."
    )
    (event,) = record_of(text)["events"]
    rows = [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]]
    assert rows == [("Norway", 1, "53:02.7"), ("Sweden", 2, "53:12.2")]


def test_a_gender_heading_over_results_follows_a_race_of_the_other_gender_to_come(record_of) -> None:
    text = (
        "Cienfuegos wins in Porto Verde\n\nSpain's Alvaro Cienfuegos won the men's triathlon at the World "
        "Triathlon Championship Series in Porto Verde on Saturday in 1:41:52.\n\nThe elite women race on Sunday, "
        "with Olympic champion Manon Dufresne headlining the field.\n\nMen's results\n1. Alvaro Cienfuegos (ESP) "
        "1:41:52\n2. Callum Reddy (GBR) 1:42:00"
    )
    (event,) = record_of(text)["events"]
    assert event["gender"] == "men"
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Alvaro Cienfuegos", 1), ("Callum Reddy", 2)]


def test_a_distance_a_split_noun_follows_is_no_race(record_of) -> None:
    text = (
        "Kristaps Ozolins of Latvia won the men's 1500 metres at the World Cup in Hamar on Saturday in 1:46.28. "
        "He was well on schedule after a 700-metre passage of 51.9. His compatriot Edgars Kalnins finished 14th "
        "in 1:49.02."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1500
    assert [r["rank"] for r in event["results"]] == [1, 14]


def test_a_roundups_headline_medal_stays_with_its_race_and_a_title_added_to_is_background(record_of) -> None:
    text = (
        "Solbakken completes distance double; Verlinde wins short track gold\n\nVALCASTRA, Italy (AP) - A quick look "
        "at Friday's medal races on the ice at the Valcastra Olympics:\n\nWOMEN'S 5,000 METERS: Ingrid Solbakken "
        "of Norway won in 6:47.31, adding the 5,000 to the 3,000-meter title. Lotte Aarts of the Netherlands took "
        "silver again, 1.05 seconds back.\n\nWOMEN'S 1,500 METERS, SHORT TRACK: Suzanne Verlinde of the "
        "Netherlands won in 2:18.774."
    )
    five, fifteen = record_of(text)["events"]
    assert (five["distance_m"], fifteen["distance_m"]) == (5000, 1500)
    assert [(r["athlete"], r["rank"]) for r in five["results"]] == [("Ingrid Solbakken", 1), ("Lotte Aarts", 2)]
    assert five["results"][1]["time"]["text"] == "6:48.36"


def test_a_fraction_of_a_second_is_no_place(record_of) -> None:
    text = OLY + "Anna Berg won gold in 1:12.31. Lisa Holm was a tenth of a second slower, in 1:12.41."
    assert results(record_of(text))["Lisa Holm"]["rank"] is None


def test_a_crew_boat_is_a_team_race(record_of) -> None:
    text = (
        "In the men's pair, Great Britain's Tom Ashworth and Freddie Hale led from the first stroke to win in "
        "6:19.45. Italy took silver in 6:20.02."
    )
    rows = results(record_of(text))
    assert (rows["Great Britain"]["rank"], rows["Italy"]["rank"]) == (1, 2)


def test_a_word_the_text_puts_after_at_is_a_place_not_a_person(record_of) -> None:
    text = (
        "Hakansson outsprints Kristiansen to win Holmenkollen 50km\n\nSweden's Linnea Hakansson won the women's "
        "50km freestyle mass start at Holmenkollen on Saturday in two hours, 14 minutes and 3.8 seconds, beating "
        "Norway's Tuva Kristiansen by 0.6sec in a sprint to the line."
    )
    events = record_of(text)["events"]
    assert [[r["athlete"] for r in e["results"]] for e in events] == [["Linnea Hakansson", "Tuva Kristiansen"]]
    assert events[0]["results"][0]["rank"] == 1  # the headline's beaten rival is not its winner


def test_an_out_verb_beats_its_object(record_of) -> None:
    text = (
        "In the men's 800, Kenya's Daniel Kiprotich outkicked Canada's Marcus Oyelaran down the home straight, "
        "winning in 1 minute, 43.27 seconds. Oyelaran held on for second in 1:43.41."
    )
    rows = results(record_of(text))
    assert (rows["Daniel Kiprotich"]["rank"], rows["Daniel Kiprotich"]["time"]["text"]) == (1, "1:43.27")
    assert rows["Marcus Oyelaran"]["time"]["text"] == "1:43.41"


def test_a_hyphenated_unit_keeps_the_distance_with_its_discipline(record_of) -> None:
    text = "Kayla Brooks won the women's 400-meter hurdles in 52.88 seconds. Sanne Mertens was second in 53.18."
    assert [(e["distance_m"], e["event"]) for e in record_of(text)["events"]] == [(400, "women's 400m hurdles")]


def test_a_participle_after_a_clause_with_its_own_subject_is_about_that_subject(record_of) -> None:
    text = (
        "Noe Aebischer won the men's giant slalom at the World Championships in 2:14.62. Austria's Florian "
        "Hochreiter took silver, 0.19 seconds behind, while Norway's Magnus Strand and Slovenia's Zan Kranjc could "
        "not be separated, sharing bronze 0.44 seconds adrift."
    )
    rows = results(record_of(text))
    assert (rows["Florian Hochreiter"]["medal"], rows["Florian Hochreiter"]["time"]["text"]) == ("silver", "2:14.81")
    for skier in ("Magnus Strand", "Zan Kranjc"):
        assert (rows[skier]["medal"], rows[skier]["time"]["text"]) == ("bronze", "2:15.06")


def test_a_standing_record_in_apposition_is_nobodys_time(record_of) -> None:
    text = (
        WC + "Sindre Ostby won in a track record of 34.18. The world record, 33.61 by Ryo Ikeda of Japan in Salt Lake "
        "City, is safe at sea level."
    )
    assert "Ryo Ikeda" not in results(record_of(text))


def test_a_dated_race_the_headline_does_not_name_is_background(record_of) -> None:
    text = (
        "Brinkhorst European champion in 1500 metres\n\nLotte Brinkhorst is European champion in the 1500 metres. "
        "She crossed the line in 2:24.518. Italian Chiara Benedetti took silver, 0.081 seconds behind Brinkhorst.\n\n"
        "On Saturday she had to settle for fifth place in the 500 metres, a race won by Hungarian Dora Kertesz."
    )
    record = record_of(text)
    assert [e["distance_m"] for e in record["events"]] == [1500]
    assert "Dora Kertesz" in [p["name"] for p in record["people"]]


def test_a_byline_is_neither_a_person_nor_a_time(record_of) -> None:
    text = (
        "Van der Kooij world champion on the 10 kilometres\nNOS Sport | 15 February 2026, 18:04 | translated from "
        "Dutch\n\nJorrit van der Kooij is world champion on the 10,000 metres. He clocked 12:41.37. Peder Kvamme of "
        "Norway had to settle for silver, 1.68 seconds slower."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in events] == [
        (10000, ["Jorrit van der Kooij", "Peder Kvamme"])
    ]


def test_a_subject_earlier_in_the_pronouns_sentence_comes_first(record_of) -> None:
    text = (
        "Earlier in the afternoon Merel ter Haar won silver for the Netherlands on the 5,000 metres. The Canadian "
        "Isabelle Gauthier was too strong for everyone: she won in 6:49.12. Ter Haar finished in 6:50.03."
    )
    rows = results(record_of(text))
    assert (rows["Isabelle Gauthier"]["time"]["text"], rows["Merel ter Haar"]["time"]["text"]) == ("6:49.12", "6:50.03")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bergeron owns the fastest women's 1,500-metre time in the world this season, the 1:52.88 she skated.",
        "His 34.56sec in Salt Lake City in November is the third-fastest 500 this season.",
    ],
)
def test_a_season_ranking_is_no_result(record_of, sentence: str) -> None:
    text = "Bergeron and Kowalchuk headline the Canadian team for the world championships in Inzell. " + sentence
    assert record_of(text)["events"] == []


def test_a_skeleton_race_is_named_by_its_discipline(record_of) -> None:
    text = (
        "Kaylee Brandvold won a women's World Cup skeleton race on Saturday in a combined 1 minute, 49.62 seconds. "
        "Germany's Lena Hoffbauer was second, 0.18 seconds back. Her father, Tom Brandvold, a retired state trooper, "
        "watched.\n\nOn Friday, Germany's Maximilian Haas won the men's race."
    )
    record = record_of(text)
    assert [(e["sport"], e["event"]) for e in record["events"]] == [("skeleton", "women's skeleton")]
    assert "Tom Brandvold" not in results(record)


def test_a_tab_separated_results_table_gives_places_and_nations(record_of) -> None:
    text = (
        "Women's 1500m: Astrid Fjellheim takes it with a monster last lap. Full top 3:\n"
        "1\tAstrid Fjellheim\tNOR\t1:54.37\n2\tMarit de Boer\tNED\t1:54.52\n3\tShim Da-eun\tKOR\t1:54.98\n"
    )
    rows = [(r["athlete"], r["nation"], r["rank"], r["time"]["text"]) for r in record_of(text)["events"][0]["results"]]
    assert rows == [
        ("Astrid Fjellheim", "NOR", 1, "1:54.37"),
        ("Marit de Boer", "NED", 2, "1:54.52"),
        ("Da-eun Shim", "KOR", 3, "1:54.98"),
    ]


def test_a_time_after_a_winning_verb_is_the_winners(record_of) -> None:
    text = (
        "Italy were third in the men's team pursuit in 3:36.17.\n\nIn the women's team sprint, Poland's Zuzanna "
        "Kaczmarek, Weronika Lis and Julia Sobczak won in 1:25.48 ahead of China (1:25.91), while Japan were third."
    )
    rows = results(record_of(text))
    assert (rows["Poland"]["time"]["text"], rows["China"]["time"]["text"]) == ("1:25.48", "1:25.91")


def test_an_allround_championship_reports_its_closing_distance_as_a_race(record_of) -> None:
    text = (
        "Marit van Duijvenvoorde (NED) is the new World Allround Champion with 161.284 points. Ingrid Saether (NOR) "
        "took silver with 161.902 points, while Takagi Rin (JPN) climbed to bronze thanks to a storming final 5000m."
        "\n\nTakagi won the closing distance in 6:54.71. Van Duijvenvoorde finished 3.18 seconds behind her to "
        "secure the title. Hanna Vos (NED) skated the second-fastest 5000m in 6:56.30 to finish fifth overall."
    )
    events = {e["distance_m"]: e for e in record_of(text)["events"]}
    distance = {r["athlete"]: r["rank"] for r in events[5000]["results"]}
    assert (distance["Rin Takagi"], distance["Hanna Vos"]) == (1, 2)
    assert distance.get("Marit van Duijvenvoorde") is None  # she secured the title, not the distance
    classification = {r["athlete"]: r["rank"] for r in events[None]["results"]}
    assert classification["Marit van Duijvenvoorde"] == 1


def test_the_distance_at_an_allround_championship_is_the_one_named_last(record_of) -> None:
    text = (
        "On Sunday Roos Dijkhuizen became European allround speed skating champion on 160.114 points. Norway's "
        "Kaja Tveit was runner-up."
        "\n\nOn Sunday the 1500 metres lifted her into the lead, and in the closing 5000 metres she needed to stay "
        "within four seconds of Tveit.\n\nTveit won the distance in six minutes 57.71 seconds. Dijkhuizen came "
        "home second in 6:58.40."
    )
    events = {e["distance_m"]: e for e in record_of(text)["events"]}
    assert [(r["athlete"], r["rank"]) for r in events[5000]["results"]] == [("Kaja Tveit", 1), ("Roos Dijkhuizen", 2)]


def test_a_sprint_championship_reports_its_title_and_each_run_of_a_distance(record_of) -> None:
    text = (
        "Marit van der Zwaag is the Dutch sprint champion. In Thialf she finished the four distances with 152.480 "
        "points, 0.035 ahead of Iris Boomsma.\n\nIn the second 1000 metres, Van der Zwaag stopped the clock at 74.38 "
        "seconds. Boomsma was second on the distance, 0.09 slower.\n\nEarlier on Sunday, Boomsma won the second 500 "
        "metres in 37.79, with Van der Zwaag second, three hundredths slower."
    )
    events = [
        (e["distance_m"], [(r["athlete"], r["rank"], (r["time"] or {}).get("text")) for r in e["results"]])
        for e in record_of(text)["events"]
    ]
    assert events == [
        (None, [("Marit van der Zwaag", 1, None), ("Iris Boomsma", 2, None)]),
        (1000, [("Marit van der Zwaag", 1, "1:14.38"), ("Iris Boomsma", 2, "1:14.47")]),
        (500, [("Iris Boomsma", 1, "37.79"), ("Marit van der Zwaag", 2, "37.82")]),
    ]


def test_a_title_in_a_relative_clause_is_no_win(record_of) -> None:
    text = (
        "Femke Kok won the women's 500m speed skating race in 37.10. Jutta Leerdam, who is the world champion, "
        "was second in 37.25."
    )
    assert [(r["athlete"], r["rank"]) for r in record_of(text)["events"][0]["results"]] == [
        ("Femke Kok", 1),
        ("Jutta Leerdam", 2),
    ]


def test_each_section_of_a_roundup_has_its_own_competition(record_of) -> None:
    text = (
        "The Lane Line #142\n\n[04:10] European Aquatics Championships, Rome: the women's 100m butterfly final. "
        "Italy's Giulia Ferraresi won in 56.71. Hungary's Réka Balogh took silver, 0.22 back.\n\n[19:35] World "
        "Rowing Cup III, Varese: the men's single sculls A final over 2000m. New Zealand's Finn Carrow won in "
        "6:47.92. Czech sculler Ondřej Malý was second, 1.48 behind."
    )
    swim, rowing = record_of(text)["events"]
    assert swim["competition"]["name"] == "European Aquatics Championships"
    assert [r["medal"] for r in swim["results"]] == ["gold", "silver"]
    assert rowing["competition"]["name"] == "World Rowing Cup"
    assert [(r["athlete"], r["nation"], r["medal"]) for r in rowing["results"]] == [
        ("Finn Carrow", "NZL", None),
        ("Ondřej Malý", "CZE", None),
    ]


def test_a_college_results_page(record_of) -> None:
    text = (
        "Okafor-Bell wins 800\n\nSenior Amara Okafor-Bell won the women's 800 meters in a school-record 2:03.47. "
        "Dunmore finished second in 2:04.66.\n\nSophomore Lily Haverkamp added points for the Blue Herons, "
        "placing sixth in the nine-woman final in 2:07.90.\n\nIn the men's 10,000 meters, junior Tomás Echeverría "
        "placed third in 29:41.08. Echeverría sat in the lead pack through 8K, which went by in 23:52, before "
        "Caleb Mwangi broke the race open. Mwangi won in 29:38.90, and Jonah Strand edged Echeverría by a "
        "hundredth of a second for second place.\n\nThe Blue Herons finished third in the women's team standings."
    )
    assert [
        [(r["athlete"], r["rank"], (r["time"] or {}).get("text")) for r in e["results"]]
        for e in record_of(text)["events"]
    ] == [
        [("Amara Okafor-Bell", 1, "2:03.47"), ("Dunmore", 2, "2:04.66"), ("Lily Haverkamp", 6, "2:07.90")],
        [("Caleb Mwangi", 1, "29:38.90"), ("Jonah Strand", 2, "29:41.07"), ("Tomás Echeverría", 3, "29:41.08")],
    ]


def test_a_roundup_under_headings(record_of) -> None:
    text = (
        "Weekend roundup\n\nALPINE SKIING\nSwitzerland's Nico Brunner won the men's alpine combined in Wengen on "
        "Saturday in 2:33.21. Austria's Felix Gruber was 0.34 behind in second.\n\nCROSS-COUNTRY SKIING\nOn Sunday "
        "at Holmenkollen, Sweden's Ebba Lindkvist won the women's 30km freestyle mass start after a photo finish "
        "with Norway's Marte Haugen Sæther. Both were timed at 1:18:44.6. Finland's Aino Lehtonen was third, 2.3 "
        "seconds back.\n\nSPEED SKATING\nIn Heerenveen, Italy's Matteo Pianezze won the men's mass start in 7:52.30."
    )
    events = [
        [(r["athlete"], r["nation"], r["rank"], (r["time"] or {}).get("text")) for r in e["results"]]
        for e in record_of(text)["events"]
    ]
    assert events == [
        [("Nico Brunner", "SUI", 1, "2:33.21"), ("Felix Gruber", "AUT", 2, "2:33.55")],
        [
            ("Ebba Lindkvist", "SWE", 1, "1:18:44.6"),
            ("Marte Haugen Sæther", "NOR", 2, "1:18:44.6"),
            ("Aino Lehtonen", "FIN", 3, "1:18:46.9"),
        ],
        [("Matteo Pianezze", "ITA", 1, "7:52.30")],
    ]


def test_an_interview_under_a_dateline(record_of) -> None:
    text = (
        "Maddie Quist on her silver\n\nHAMAR, Norway — Canada's Maddie Quist won silver in the women's 1500 metres at "
        "the World Single Distances Championships on Saturday, finishing in 1:54.27, 0.19 seconds behind Japan's "
        "Oikawa Yuna, who took gold.\n\nQ: What was it like watching Oikawa?\n\nA: Horrible! Yuna was behind my "
        "schedule. The old record was Jess Hartwell's 1:54.51. Evi was 1:54.6-something in the end, I think."
    )
    rows = results(record_of(text))
    assert {name: (row["rank"], row["time"]["text"]) for name, row in rows.items()} == {
        "Yuna Oikawa": (1, "1:54.08"),
        "Maddie Quist": (2, "1:54.27"),
    }


def test_a_marker_of_another_time_in_an_aside_dates_only_the_aside(record_of) -> None:
    text = (
        "Norway win team pursuit\n\nIn the men's team pursuit at the World Cup on Saturday, Norway's Sindre Aasgaard, "
        "Pal Brekke and Jon Eirik Ruud clocked 3:38.12 to beat the Netherlands by 0.56 seconds. Italy were third in "
        "3:39.47 and the United States, runners-up in Calgary a week ago, finished fourth.\n\nFrédéric Lemieux, "
        "her coach since 2014, remembers a skater who hated to lose more than she liked to win."
    )
    assert [(r["athlete"], r["rank"]) for r in record_of(text)["events"][0]["results"]] == [
        ("Norway", 1),
        ("Netherlands", 2),
        ("Italy", 3),
        ("United States", 4),
    ]


def test_a_live_blog_written_newest_first(record_of) -> None:
    text = (
        "LIVE: European Short Track Championships\n\n17:36 - MEN'S 1500M FINAL A - Ádám Csontos of Hungary wins gold "
        "in 2:17.604. Niels Verbrugge of the Netherlands takes silver.\n\n17:29 - Men's 1500m Final B goes to "
        "Britain's Ollie Fenwick in 2:20.511, which will rank him seventh.\n\n17:21 - PENALTY CONFIRMED. Latvia's "
        "Elīna Ozola is penalised for an inside cut on the last lap, so Italy's Sofia Zanella moves up to bronze."
        "\n\n17:17 - WOMEN'S 1500M FINAL A - "
        "Lotte Brinkman wins in 2:25.118, with teammate Iris Aalbers second. Ozola crosses third.\n\n17:12 - "
        "Women's Final B: home skater Maja Kowalik wins it in 2:29.330 and will be classified sixth."
    )
    events = [
        (e["gender"], [(r["athlete"], r["rank"]) for r in e["results"] if r["status"] == "finished"])
        for e in record_of(text)["events"]
    ]
    assert events == [
        ("men", [("Ádám Csontos", 1), ("Niels Verbrugge", 2), ("Ollie Fenwick", 7)]),
        ("women", [("Lotte Brinkman", 1), ("Iris Aalbers", 2), ("Sofia Zanella", 3), ("Maja Kowalik", 6)]),
    ]


def test_a_title_that_went_to_someone_is_the_classification_of_its_gender(record_of) -> None:
    text = (
        "Marit van der Zwaag is the Dutch sprint champion. In Thialf she finished the four distances with 152.480 "
        "points, 0.035 ahead of Iris Boomsma.\n\nThe men's title went to Sem Hoekman, who closed his tournament by "
        "winning the second 1000 metres in 68.41 seconds."
    )
    events = [(e["gender"], e["distance_m"], [r["athlete"] for r in e["results"]]) for e in record_of(text)["events"]]
    assert (("men", None, ["Sem Hoekman"]) in events) and (("men", 1000, ["Sem Hoekman"]) in events)


def test_every_boat_class_of_a_regatta_races_its_one_course(record_of) -> None:
    text = (
        "Australia's Brooke Farrelly won the women's single sculls final over 2,000m at the World Rowing "
        "Championships in 7:18.44. Aline Jaquet (SUI) took silver, 1.27 seconds behind.\n\nIn the men's pair, "
        "Great Britain's Tom Ashworth and Freddie Hale led from the first stroke to win in 6:19.45. Italy took "
        "silver in 6:20.02."
    )
    assert [(e["gender"], e["distance_m"]) for e in record_of(text)["events"]] == [("women", 2000), ("men", 2000)]


def test_a_distance_named_in_a_quotation_is_no_race(record_of) -> None:
    text = (
        "Tom Hennessy ran the marathon in 2:31:07 for 87th place, and Ann Reilly was 120th in 2:44:10.\n\n"
        '"I saw the 35K sign and just thought about the club runs," Hennessy said.\n\nGerry Fallon finished in '
        "3:44:10, 400th."
    )
    assert [e["distance_m"] for e in record_of(text)["events"]] == [42195]


@pytest.mark.parametrize(
    "text",
    [
        "The women's 1,500 looks wide open. Last season's World Cup 1,500 standings were won by Japan's Mei "
        "Nakagawa. Femke Brouwer of the Netherlands, the world champion, was second overall and Canada's Avery "
        "Lindqvist-Hart third.",
        "The hall was last renovated in 2008. At the last German championships held in the hall two years ago, "
        "Felix Rauch won the 500 metres in 35.02 and Jana Wendt the 3000 metres in 4:08.77.",
    ],
)
def test_results_set_in_another_time_by_the_sentence_before_or_the_meeting_are_background(record_of, text) -> None:
    assert record_of("Speed skating news\n\n" + text)["events"] == []


def test_a_previous_best_dates_its_sentence_but_not_from_a_parenthesis(record_of) -> None:
    text = (
        "Jesse Kroon won the men's 1,000 meters at the World Cup in 1:07.96. Jordan Hale of the USA was fourth "
        "in 1:08.41, a personal best (his previous best was 1:08.97 from Calgary).\n\nHale's previous best of "
        "1:08.97 came at the U.S. Championships in Milwaukee, where he finished second."
    )
    assert results(record_of(text))["Jordan Hale"]["rank"] == 4


def test_a_results_box_under_gender_headings(record_of) -> None:
    text = (
        "Championships at a glance\n\nKEARNS, Utah (AP) — Results from the ISU Four Continents Speed Skating "
        "Championships:\n\nMEN\n\nMass Start (16 laps)\n1. Jordan Belcourt, CAN, 60 points, 7:41.22.\n2. Kang "
        "Min-seok, KOR, 40, 7:41.30.\n\nWOMEN\n\nMass Start (16 laps)\n1. Aoi Tanabe, JPN, 60 points, 8:22.64.\n"
        "2. Kelsey Abbott, USA, 40, 8:22.71."
    )
    events = record_of(text)["events"]
    assert [e["gender"] for e in events] == ["men", "women"]
    assert "Jordan Belcourt" in [r["athlete"] for r in events[0]["results"]]
    assert "Kelsey Abbott" in [r["athlete"] for r in events[1]["results"]]


def test_a_parent_watching_her_son_is_no_result(record_of) -> None:
    text = (
        "Jesse Kroon won the men's 1,000 meters at the World Cup in 1:07.96. Tyler Brandt was fourth in 1:08.41."
        '\n\n"I screamed," Deb Brandt said Saturday, a few hours after watching her son finish fourth.'
    )
    assert "Deb Brandt" not in results(record_of(text))


def test_a_team_named_by_an_abbreviation_takes_the_nations_name(record_of) -> None:
    text = (
        "Jamaica won a thrilling women's 4x100m relay at the World Athletics Championships in 41.62, with the US "
        "quartet just 0.07 behind. Great Britain & Northern Ireland took bronze in 42.10."
    )
    assert [r["athlete"] for r in record_of(text)["events"][0]["results"]] == [
        "Jamaica",
        "United States",
        "Great Britain & Northern Ireland",
    ]


def test_a_meeting_named_again_after_a_marker_of_another_time_is_background(record_of) -> None:
    text = (
        "Broken ankle ends Meijerink's Olympic hopes\n\nHEERENVEEN, Jan. 5, 2026 - Jorrit Meijerink will miss the "
        "Olympics after breaking his ankle, the federation said on Monday.\n\nMeijerink had qualified for the 500 "
        "metres at last week's Olympic qualification tournament.\n\nHis place goes to Sander Bleeker, who was "
        "fourth at the qualification tournament in 34.79, 0.06 seconds ahead of Wessel Oudshoorn."
    )
    assert record_of(text)["events"] == []


@pytest.mark.parametrize(
    ("form", "used_alone", "full"),
    [
        ("Tom Hennessy", ["tom", "tom", "tom"], "Tom Hennessy"),  # a known given name stays first
        ("Lena Brandt", ["lena"], "Lena Brandt"),  # though "Brandt" is a given name too
        ("Takagi Miho", ["takagi", "takagi"], "Miho Takagi"),
        ("Noh Jae-won", ["noh"], "Jae-won Noh"),  # a hyphenated given name, though "Noh" is a given name too
        ("Kim Ye-rin", [], "Ye-rin Kim"),
        # a family name in capitals: written as the text writes it elsewhere, else with a capital initial
        ("MOWBRAY Kirsty|Kirsty Mowbray", [], "Kirsty Mowbray"),
        ("Zhang Ruyi|ZHANG Ruyi", [], "Ruyi Zhang"),
        ("ZIELIŃSKA Marta", [], "Marta Zielińska"),
        ("O'NEILL Caitlin", [], "Caitlin O'Neill"),
        ("Brooke MCALLISTER", [], "Brooke McAllister"),
        ("VAN KAMPEN Rosalie", [], "Rosalie van Kampen"),
        ("Germany II", [], "Germany II"),
        ("Team GB", [], "Team GB"),
    ],
)
def test_a_name_is_written_given_name_first(form: str, used_alone: list[str], full: str) -> None:
    assert Entity(key=0, forms=form.split("|"), used_alone=used_alone).full_form == full


def test_places_dated_by_weekday_go_to_that_days_run_of_the_race(record_of) -> None:
    text = (
        "Vermeulen won Saturday's first men's 500 metres at the World Cup in Tomaszow in 34.68. In the second 500m "
        "on Sunday, Kenta Moriyama won in 34.56 ahead of Sindre Haugland.\n\nLiam Duchesne was fourth on both days. "
        "Bartosz Wierzbicki thrilled the crowd with sixth place in 34.95 on Saturday, but the Pole had to settle for "
        "tenth on Sunday. Eirik Saetre finished eighth on Saturday and 11th on Sunday. It was a mixed weekend for "
        "the Norwegian sprint squad."
    )
    saturday, sunday = ({r["athlete"]: r["rank"] for r in event["results"]} for event in record_of(text)["events"])
    assert {name: saturday[name] for name in ("Liam Duchesne", "Bartosz Wierzbicki", "Eirik Saetre")} == {
        "Liam Duchesne": 4,
        "Bartosz Wierzbicki": 6,
        "Eirik Saetre": 8,
    }
    assert {name: sunday[name] for name in ("Liam Duchesne", "Bartosz Wierzbicki", "Eirik Saetre")} == {
        "Liam Duchesne": 4,
        "Bartosz Wierzbicki": 10,
        "Eirik Saetre": 11,
    }
    assert {e["gender"] for e in record_of(text)["events"]} == {"men"}  # "a mixed weekend" is no mixed race


def test_a_team_pursuit_told_with_elided_clauses_and_listed_skaters(record_of) -> None:
    text = (
        "Japan won the women's team pursuit at the World Single Distances Championships in Hamar.\n\n"
        "Japan stopped the clock at 2:55.46, the Dutch at 2:55.91. Canada took bronze in 2:56.73.\n\n"
        "The women's team pursuit is six laps, 2,400 metres. The Netherlands, with Anna Jonker, Roos Brinkman and "
        "Evi Langeveld, had the stronger start. Brinkman lifted the tempo to 28.6 seconds, the fastest lap of the "
        "competition."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 2400
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]] == [
        ("Japan", 1, "2:55.46"),
        ("Netherlands", 2, "2:55.91"),
        ("Canada", 3, "2:56.73"),
    ]
    assert set(event["results"][1]["members"]) == {"Anna Jonker", "Roos Brinkman", "Evi Langeveld"}
    assert record_of(text)["warnings"] == []


def test_a_feature_whose_result_comes_after_old_times_and_a_season_best(record_of) -> None:
    text = (
        "HEERENVEEN - Tereza Vondrackova has a rule about the 5,000 metres.\n\nThe Netherlands have a new star in "
        "Merel Bosma, who beat Vondrackova at the World Cup here in December, 6:54.02 to 6:55.40. Sanne Oosterhuis "
        "is the fastest European this season over 3,000m.\n\nSunday\n\nBosma had set 6:52.31. Vondrackova crossed "
        "the line in 6:53.80 and took the silver. Dabrowska took bronze in 6:55.12. Vondrackova skated a lap of "
        "honour with Bosma, the new European champion."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 5000
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]][:2] == [
        ("Merel Bosma", 1, "6:52.31"),
        ("Tereza Vondrackova", 2, "6:53.80"),
    ]


def test_a_roundup_under_sport_headings_gives_each_sport_its_events(record_of) -> None:
    text = (
        "Day 9 at Milano Cortina: gold for the Czech Republic\n\nSPEED SKATING\n\nKaterina Horakova won the women's "
        "5000m in 6:50.34. Merel Bosman held on for silver in 6:51.02.\n\nLUGE\n\nJonas Leitner of Austria is "
        "Olympic champion in the men's singles with a combined time of 3:29.871. Leitner led by 0.072 seconds going "
        "into the last two runs. Germany's Maximilian Dorn took silver, 0.114 seconds behind.\n\nCURLING\n\nSweden "
        "won the mixed doubles gold medal game 7-5 against Italy in Cortina. Norway's Marte Aas and Henrik Vold took "
        "the bronze with an 8-4 win over Canada.\n\nSNOWBOARD\n\nHana Kobayashi of Japan won the women's halfpipe "
        "with a second-run score of 94.25. American Maddie Greer scored 91.50 to take silver."
    )
    record = record_of(text)
    assert [(e["sport"], e["event"]) for e in record["events"]] == [
        ("speed skating", "women's 5000m"),
        ("luge", "men's singles"),
        ("curling", "mixed doubles"),
        ("snowboard", "women's halfpipe"),
    ]
    luge, curling, halfpipe = (
        {r["athlete"]: (r["rank"], r["time"] and r["time"]["text"]) for r in e["results"]} for e in record["events"][1:]
    )
    assert luge["Maximilian Dorn"] == (2, "3:29.985")  # the lead going into the last runs is no final gap
    assert curling == {"Sweden": (1, None), "Norway": (3, None)}
    assert halfpipe == {"Hana Kobayashi": (1, None), "Maddie Greer": (2, None)}  # scores are no times
    assert "Milano Cortina" not in {p["name"] for p in record["people"]}


def test_a_surname_alone_is_the_athletes_not_a_parents_named_just_before(record_of) -> None:
    text = (
        "Owen Markusson finished 11th in the men's 5,000 metres at the World Cup in Calgary.\n\n"
        '"That is not nothing," said his father, Dale Markusson. His mother, Lori Markusson, cried.\n\n'
        "Italy's Riccardo Bellin won the race in 6:08.21, 7.69 seconds ahead of Markusson."
    )
    rows = results(record_of(text))
    assert set(rows) == {"Owen Markusson", "Riccardo Bellin"}
    assert rows["Owen Markusson"]["time"]["text"] == "6:15.90"


def test_a_surname_alone_is_not_the_relative_the_text_calls_that_surnames_mother(record_of) -> None:
    text = (
        "Kleppe wins in Drammen\n\nKleppe won the men's 1.2km classic sprint at the World Cup in Drammen in 2:51.34, "
        "beating Sweden's Oscar Wennberg.\n\nKleppe's mother, Gunhild Kleppe, who won relay gold at the 1999 World "
        'Championships, was standing at the finish line. "She was more nervous than me," Kleppe said.'
    )
    record = record_of(text)
    assert results(record)["Kleppe"]["rank"] == 1
    assert {"name": "Gunhild Kleppe", "role": "mother"} in record["people"]


def test_a_results_line_by_initials_is_the_regatta_race_the_story_told(record_of) -> None:
    text = (
        "Carney sculls to European gold\n\nGavin Cahill\nSun Jun 1 2025 - 18:40\n\nAoife Carney is the European "
        "champion in the women's single sculls. The Carrick Rowing Club athlete came from third at halfway to win "
        "the final on the 2,000m course in 7:19.46, beating the Netherlands' Femke Bosman by 1.57 seconds.\n\n"
        "RESULTS\nWomen's single sculls A final: 1 A Carney (Irl) 7:19.46; 2 F Bosman (Ned) 7:21.03; 3 T Novotna "
        "(Cze) 7:22.88."
    )
    record = record_of(text)
    (event,) = record["events"]
    rows = {r["athlete"]: (r["rank"], r["time"]["text"]) for r in event["results"]}
    assert rows == {"Aoife Carney": (1, "7:19.46"), "Femke Bosman": (2, "7:21.03"), "T Novotna": (3, "7:22.88")}
    assert "Sun Jun" not in {p["name"] for p in record["people"]}


def test_a_club_notice_with_an_agenda_and_a_list_of_records_gives_no_events(record_of) -> None:
    text = (
        "Notice of Annual General Meeting\n\nAGENDA\n1. Welcome and apologies\n2. President's report (Harold "
        "Vinje)\n3. Head coach's report (Miriam Ostrander)\n\nCLUB RECORDS SET IN 2024-25\nThe following club "
        "records were set during the past season:\n\nSenior Ladies 500m: 40.96, Caitlin Morrow, Calgary, 14 March "
        "2025 (previous record 41.30, Jean Halloway, 2011)\nJunior Men 1000m: 1:14.71, Eamon Fitzgerald, Salt Lake "
        "City, 8 February 2025\n\nWe look forward to seeing you there."
    )
    assert record_of(text)["events"] == []


def test_day_sections_and_splits_on_the_way(record_of) -> None:
    text = (
        "The women's 500 metres at the Calgary World Cup was raced twice.\n\nSATURDAY\n\nDe Ruiter was first to "
        "the 100-metre mark in 10.21 and won in 36.71. Takeda was second, 0.07 seconds behind in 36.78.\n\nSUNDAY\n\n"
        "On Sunday it was Takeda's turn. Reaching 100 metres in 10.14, she went on to win in 36.62. Coleman, fourth "
        "the previous day, improved to second in 36.69, while De Ruiter had to settle for third in 36.74."
    )
    saturday, sunday = (
        {r["athlete"]: (r["rank"], r["time"]["text"]) for r in e["results"]} for e in record_of(text)["events"]
    )
    assert saturday == {"De Ruiter": (1, "36.71"), "Takeda": (2, "36.78")}
    assert sunday == {"Takeda": (1, "36.62"), "Coleman": (2, "36.69"), "De Ruiter": (3, "36.74")}


def test_a_test_event_gives_no_medals(record_of) -> None:
    text = (
        "The Netherlands won the men's team pursuit at the Olympic test event in 3:38.91, with Italy second in "
        "3:41.20 and Japan third.\n\nAs befits a test event, no medals were awarded."
    )
    assert {r["medal"] for r in record_of(text)["events"][0]["results"]} == {None}


def test_relays_under_a_heading_with_quartets_and_a_past_fourth_place(record_of) -> None:
    text = (
        "MONTREAL - The Netherlands won the women's 3000m relay at the World Short Track Championships on Sunday "
        "in 4:03.872. The Dutch quartet of Suzanne de Graaf, Lieke Hoogland, Xandra van Wijk and Fenna Brouwer led "
        "for most of the race. Canada's time of 4:04.015 was good for silver.\n\nThe Netherlands had finished "
        "fourth in this event at the last three world championships.\n\nMEN'S 5000M RELAY\n\nSouth Korea won the "
        "men's relay title in 6:52.481. China took silver in 6:52.690, with Canada, the defending champions, "
        "settling for bronze in 6:53.004."
    )
    women, men = record_of(text)["events"]
    netherlands = women["results"][0]
    assert (netherlands["athlete"], netherlands["rank"]) == ("Netherlands", 1)
    assert netherlands["members"] == ["Suzanne de Graaf", "Lieke Hoogland", "Xandra van Wijk", "Fenna Brouwer"]
    assert men["distance_m"] == 5000
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in men["results"]] == [
        ("South Korea", 1, "6:52.481"),
        ("China", 2, "6:52.690"),
        ("Canada", 3, "6:53.004"),
    ]


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Japan's Ren Ishikawa edged American Cora Brandt in a tight fight for fourth place.", "Cora Brandt", 5),
        ("Ren Ishikawa was fourth. Norwegian Eva Stokke finished just behind Ishikawa.", "Eva Stokke", 5),
        ("Ren Ishikawa was fourth. Erika Stokke came in directly behind Ishikawa.", "Erika Stokke", 5),
        ("South Korea's Park Seung-woo took third, narrowly ahead of Japan's Kazuki Endo.", "Kazuki Endo", 4),
        ("Iris Wolters completed the orange podium.", "Iris Wolters", 3),
    ],
)
def test_places_next_to_a_placed_athlete(record_of, sentence: str, athlete: str, rank: int) -> None:
    text = WC + "Anna Berg won in 37.04. " + sentence
    assert results(record_of(text))[athlete]["rank"] == rank


def test_a_pluperfect_win_elsewhere_and_a_race_that_belonged_to_someone(record_of) -> None:
    text = (
        "SALT LAKE CITY - Bram Kooistra won the men's 1500 meters at the World Cup in 1:41.92. Ferrante, who had "
        "won in Calgary in 1:41.66, finished 0.21 seconds behind Kooistra.\n\nThe men's 5000m belonged to Torjus "
        "Hagen, who stopped the clock at 6:11.27."
    )
    first, second = record_of(text)["events"]
    assert {r["athlete"]: r["time"]["text"] for r in first["results"]}["Ferrante"] == "1:42.13"
    assert [(r["athlete"], r["rank"]) for r in second["results"]] == [("Torjus Hagen", 1)]


def test_a_rider_pipped_for_gold_over_four_kilometres(record_of) -> None:
    text = (
        "Rennie pipped for European pursuit gold\n\nAt the European Track Championships, Jonas Feldmann of Germany "
        "won the men's individual pursuit over four kilometres in 4:03.512. Britain's Callum Rennie took silver, "
        "0.18 seconds slower."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 4000
    assert {r["athlete"]: (r["rank"], r["medal"]) for r in event["results"]} == {
        "Jonas Feldmann": (1, "gold"),
        "Callum Rennie": (2, "silver"),
    }


def test_a_win_counted_among_the_seasons_races_names_its_race(record_of) -> None:
    text = (
        "Doorn doubles up as Fossum delights home crowd\n\nMerijn Doorn (NED) won his second 500m of the season at the "
        "World Cup in Stavanger on Saturday, while home favourite Sigrid Fossum (NOR) claimed her maiden World Cup "
        "victory in the women's 3000m.\n\nMen's 500m\n\nCho Min-jae (KOR) was second in 34.45 and Taiga Hoshino "
        "(JPN) completed the podium in 34.49."
    )
    events = {
        (e["distance_m"], e["gender"]): {r["athlete"]: r["rank"] for r in e["results"]}
        for e in record_of(text)["events"]
    }
    assert events[(500, "men")]["Merijn Doorn"] == 1
    assert "Merijn Doorn" not in events.get((3000, "women"), {})


def test_a_thread_with_medal_and_flag_emoji(record_of) -> None:
    text = (
        "1/ Final day of the World Single Distances Championships in Hamar. Men's mass start thread 👇\n\n"
        "2/ MEN'S MASS START 🥇🇧🇪 Pieter-Jan Claes. Belgian hits again.\n\n"
        "3/ 🥈🇮🇹 Riccardo Bellotti, so close. 🥉🇰🇷 Seo Dong-hyun took the last podium spot. 🇺🇸 Kieran O'Connell "
        "4th. 🇳🇱 NED (Jorrit Bakels) crashed."
    )
    (event,) = record_of(text)["events"]
    assert {r["athlete"]: (r["nation"], r["medal"]) for r in event["results"] if r["rank"]} == {
        "Pieter-Jan Claes": ("BEL", "gold"),
        "Riccardo Bellotti": ("ITA", "silver"),
        "Dong-hyun Seo": ("KOR", "bronze"),
        "Kieran O'Connell": ("USA", None),
    }
    assert "NED" not in {p["name"] for p in record_of(text)["people"]}


def test_an_ocr_clipping_with_hard_wrapped_lines(record_of) -> None:
    lines = (
        "  CALGARY -- Gunnar Kristof-",
        "fersen of Norway won the men's",
        "10,000 meters at the World Cup",
        "final at the Olympic Oval on Sun-",
        "day, finishing in 13:39.",
        "21 on the fast Calgary ice,",
        "while Germany's Sabine",
        "Rossler took the women's 5,000",
        "meters in 7:02.84.",
        "  Kristoffersen, 27, skating in the",
        "last pair against the Dutchman",
        "Harm Wijnstra, trailed for the",
        "first six kilometers. Wijnstra",
        "finished second in 13:41.",
        "06.",
    )
    text = "\n".join(lines) + "\n"
    record = record_of(text)
    men = record["events"][0]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in men["results"]] == [
        ("Gunnar Kristoffersen", 1, "13:39.21"),
        ("Harm Wijnstra", 2, "13:41.06"),
    ]
    evidence = next(e for e in men["results"][0]["evidence"] if e["field"] == "time")
    assert text[evidence["start"] : evidence["end"]] == evidence["text"] == "13:39.\n21"


def test_a_club_in_brackets_is_no_person(record_of) -> None:
    text = (
        "HAMAR - Henrik Fossheim (Aktiv SK) won the men's 5000 metres at the Norwegian championships in 6:18.44. "
        "Eirik Tveiten (IL Skjalg) won the bronze in 6:21.37, ahead of Magnus Aas (Kongsberg IF), fourth in 6:22.90."
    )
    record = record_of(text)
    names = set(results(record)) | {p["name"] for p in record["people"]}
    assert {"Aktiv SK", "Kongsberg IF"}.isdisjoint(names)


def test_a_bracketed_time_after_a_name_and_an_earlier_days_pluperfect_clause(record_of) -> None:
    text = (
        "Magdalena Brunnhofer finished third over 500 metres in Inzell on Sunday, 0,21 seconds behind the Dutch"
        " winner Anouk Verbeek (37,41 seconds). Second place went to Yui Kanemoto (37,55).\n\n"
        "For Brunnhofer it was a clear improvement on Saturday, when she had finished only ninth in the first"
        " 500-metre race of the weekend in 38,02. The second Austrian starter, Theresa Pichler, finished 15th.\n\n"
        "In the men's 1500 metres, Jonas Weidinger finished fourth in 1:44,81 and was just nine hundredths of a"
        " second behind the Norwegian Sindre Haugland in third."
    )
    record = record_of(text)
    assert [e["distance_m"] for e in record["events"]] == [500, 1500]
    rows = results(record)
    assert (rows["Anouk Verbeek"]["nation"], rows["Anouk Verbeek"]["time"]["text"]) == ("NED", "37.41")
    assert (rows["Magdalena Brunnhofer"]["rank"], rows["Magdalena Brunnhofer"]["time"]["text"]) == (3, "37.62")
    assert rows["Theresa Pichler"]["rank"] == 15
    assert (rows["Sindre Haugland"]["rank"], rows["Jonas Weidinger"]["rank"]) == (3, 4)


def test_a_mass_start_with_places_on_the_way_and_classified_places(record_of) -> None:
    text = (
        "Dutch skater Marijke Dijkstra won the women's mass start at the World Cup in Tomaszow.\n\n"
        "Dijkstra came off the final bend in third position, swung wide and passed Canada's Valerie Cote and"
        " American Kaitlyn Brewer on the home straight to take the 60 points for first place. She stopped the"
        " clock at 8:21.45, with Cote 0.09 seconds back in second for 40 points and Brewer third for 20.\n\n"
        "Vold fourth without a finishing sprint\n\n"
        "Norway's Astrid Vold won two of the three intermediate sprints. She was classified fourth. South Korea's"
        " Yoon Ha-eun crossed the line in fourth place but was classified only sixth under the mass start rules."
        " Germany's Lena Richter had looked the strongest, but the referees disqualified her.\n\n"
        "The final lap, led out by Brewer, was covered in 28.7 seconds."
    )
    record = record_of(text)
    assert len(record["events"]) == 1
    rows = results(record)
    assert {name: row["rank"] for name, row in rows.items()} == {
        "Marijke Dijkstra": 1,
        "Valerie Cote": 2,
        "Kaitlyn Brewer": 3,
        "Astrid Vold": 4,
        "Ha-eun Yoon": 6,
        "Lena Richter": None,
    }
    assert rows["Lena Richter"]["status"] == "dq"
    assert rows["Kaitlyn Brewer"]["time"] is None


def test_a_place_in_an_intermediate_sprint_is_no_place_in_the_race(record_of) -> None:
    text = (
        "Davide Ghirardi of Italy won the men's mass start at the World Cup in Baselga di Pine on Sunday in"
        " 7:44.18.\n\nAn early breakaway included Baselga's own Luca Dallapiccola. The 31-year-old spent nine laps"
        " at the front and took second place in the first intermediate sprint before the pack swallowed the"
        " group. He still found the energy to finish fifth."
    )
    rows = results(record_of(text))
    assert (rows["Davide Ghirardi"]["rank"], rows["Luca Dallapiccola"]["rank"]) == (1, 5)


def test_a_family_sharing_the_skaters_surname_and_the_drive_to_the_rink(record_of) -> None:
    text = (
        "Desrosiers family's long road ends with a bronze\n\n"
        "MILAN — Sylvie Desrosiers had made a deal with herself: she would not cry until her son crossed the"
        " finish line.\n\n"
        "By the time Liam Desrosiers came out of the final corner of the men's 500 metres on Saturday, his mother"
        " was sobbing. Beside them, 84-year-old Thérèse Gagnon — Liam's grandmother — was waving a flag.\n\n"
        '"I saw the number three next to his name," Sylvie said afterwards.\n\n'
        "The 26-year-old from Saint-Georges, Que., finished third in 34.41 seconds to win Olympic bronze.\n\n"
        "For most of his teens, the drive was the same: 110 kilometres up Highway 73 to the oval in Quebec City.\n\n"
        "China's Zhang Haoran won in 34.28. Desrosiers had skated two pairs earlier and had to watch whether"
        " his 34.41 would survive."
    )
    record = record_of(text)
    assert [event["distance_m"] for event in record["events"]] == [500]
    rows = results(record)
    assert (rows["Liam Desrosiers"]["rank"], rows["Liam Desrosiers"]["time"]["text"]) == (3, "34.41")
    assert not {"Sylvie Desrosiers", "Thérèse Gagnon"} & set(rows)


def test_a_column_with_the_podium_in_passing(record_of) -> None:
    text = (
        "The mass start gave us a champion on Saturday. It did not give us a race\n\n"
        "Jens Vermeulen is a worthy Olympic champion. The Belgian has a finishing kick, and nobody begrudged him the"
        " gold.\n\nItaly's Davide Moretti went long from the back straight and for a glorious 300 metres looked as"
        " though he might hold everyone off. Vermeulen came past him in the final 50 metres. Korea's Park Jun-seo"
        " nicked bronze.\n\nMoretti's silver was the loudest moment of the Games so far. Vermeulen's winning time,"
        " for the record, was 7:52.61."
    )
    record = record_of(text)
    assert [(event["event"], event["distance_m"]) for event in record["events"]] == [("men's mass start", None)]
    rows = results(record)
    assert (rows["Jens Vermeulen"]["medal"], rows["Jens Vermeulen"]["time"]["text"]) == ("gold", "7:52.61")
    assert (rows["Davide Moretti"]["medal"], rows["Jun-seo Park"]["medal"]) == ("silver", "bronze")


def test_a_story_of_past_bests_before_the_race_it_reports(record_of) -> None:
    text = (
        "Timmerman finally breaks through his Thialf ceiling\n\n"
        "HEERENVEEN — Ruben Timmerman keeps a spreadsheet. Every 5000 metres he has skated since he was a junior is"
        " in it.\n\nIn his first full senior season, 2022-23, Timmerman's best in Thialf was 6:18.40. The following"
        " winter he went to Calgary and skated 6:12.95.\n\nIn the ninth pair on Saturday, the work showed."
        " Timmerman opened in laps of 29.3 and 29.4 and closed with 30.1. The clock read 6:06.75.\n\nThat was good"
        " for silver. Gold went to Jorrit Bosma, who skated 6:05.92 in the"
        " final pair, and the bronze went to Thijs de Graaf in 6:08.04.\n\nThe cruellest afternoon belonged to"
        " Koen Wester, who finished fourth, 0.21 seconds behind de Graaf. With only three World Cup places available"
        " in the 5000 metres, Wester will be watching from home.\n\nThe championships continue on Sunday"
        " with the 1000 metres and the women's 3000 metres."
    )
    record = record_of(text)
    assert [event["distance_m"] for event in record["events"]] == [5000]
    rows = results(record)
    assert {name: (row["rank"], row["time"]["text"]) for name, row in rows.items()} == {
        "Jorrit Bosma": (1, "6:05.92"),
        "Ruben Timmerman": (2, "6:06.75"),
        "Thijs de Graaf": (3, "6:08.04"),
        "Koen Wester": (4, "6:08.25"),
    }


def test_a_race_named_only_in_background_takes_the_distance_named_before_its_places(record_of) -> None:
    text = (
        "Whitcombe's long road back\n\nShort track speed skating | Sat 29 Nov 2025\n\n"
        "It is not the first time she has had to come back. At Beijing 2022 Ellie Whitcombe fell in the heats of the"
        " 500m and flew home after four days. The following winter she took bronze in the 1500m at the European"
        " Championships in Gdansk.\n\nThe proof came last weekend. At the World Tour stop in Dresden she skipped"
        " the 1000m to protect the ankle and went all in on the 1500m. In the A final she finished fourth, 0.211sec"
        " behind the Dutchwoman Roos Kamphuis in third. South Korea's Shin Ha-eun won in 2min 19.117sec."
    )
    record = record_of(text)
    assert [event["distance_m"] for event in record["events"]] == [1500]
    assert results(record)["Ellie Whitcombe"]["rank"] == 4


def test_a_father_who_shares_the_surname_and_the_present_after_a_flashback(record_of) -> None:
    text = (
        "The blade whisperer of Kearns\n\n"
        "KEARNS, Utah — Tunde Oyelaran learned to sharpen short track blades from YouTube.\n\nThat was 2011.\n\n"
        "Fourteen years later he is still doing it, and on Sunday he was standing at the boards as his son, Marcus"
        " Oyelaran, lined up for the men's 500 meters final at the U.S. Short Track Championships.\n\n"
        '"I don\'t watch him race," Tunde Oyelaran said.\n\n'
        "In a four-man final, Oyelaran got the jump at the gun and held off Tyler Nakamura to win in 40.812."
        " Nakamura was second in 40.901."
    )
    rows = results(record_of(text))
    assert set(rows) == {"Marcus Oyelaran", "Tyler Nakamura"}
    assert (rows["Marcus Oyelaran"]["rank"], rows["Marcus Oyelaran"]["nation"]) == (1, "USA")


def test_a_headline_race_looming_is_a_race_to_come(record_of) -> None:
    text = (
        "Halvorsen's silver is only half the job, with the 1500m looming Saturday\n\n"
        "MILAN — Cody Halvorsen of the United States had a silver medal in his pocket after Wednesday's men's 1000"
        " metres.\n\nSaturday is the 1500 metres, the one in which American skating has been waiting for a gold"
        " medal for a long time.\n\nTim Roozendaal of the Netherlands won in 1:07.52. Halvorsen was 0.18 seconds"
        " back in second."
    )
    record = record_of(text)
    assert [event["distance_m"] for event in record["events"]] == [1000]
    rows = results(record)
    assert (rows["Cody Halvorsen"]["medal"], rows["Cody Halvorsen"]["time"]["text"]) == ("silver", "1:07.70")


def test_a_title_won_names_the_championship_and_the_son_bears_the_surname(record_of) -> None:
    text = (
        "Bellandi crowned European allround champion on home ice\n\n"
        "COLLALBO, Italy — Paola Bellandi did not watch the last three laps. She stood with her back to the ice.\n\n"
        "Her son heard it too. Lorenzo Bellandi, 26, skated the last four laps of Sunday's 10,000 metres with the"
        " roar of 6,000 people in his ears.\n\nBellandi crossed in 13:21.06, second on the distance, behind Stijn"
        " Koopman of the Netherlands.\n\nThat left the final classification: Bellandi first on 151.822 points,"
        " Koopman second on 152.009, and Norway's Eirik Lunde third on 152.774."
    )
    record = record_of(text)
    classification = next(e for e in record["events"] if e["distance_m"] is None)
    assert [(r["athlete"], r["medal"]) for r in classification["results"]] == [
        ("Lorenzo Bellandi", "gold"),
        ("Stijn Koopman", "silver"),
        ("Eirik Lunde", "bronze"),
    ]
    assert "Paola Bellandi" not in results(record)


def test_a_results_box_headed_by_its_distance_alone(record_of) -> None:
    text = (
        "Speed Skating\n\nISU World Cup\nAt Max Aicher Arena\nInzell, Germany\nSaturday\n\n500\n"
        "1, Ryota Kanemura (JPN) 34.71. 2, Hidde Wolters (NED) 34.78. 3, Kwon Min-jae (KOR) 34.80.\n\n1,500\n"
        "1, Rens Achterberg (NED) 1:44.96. 2, Erik Nordhagen (NOR) 1:45.12. 3, Tomasz Głowacki (POL) 1:45.30."
    )
    record = record_of(text)
    assert [event["distance_m"] for event in record["events"]] == [500, 1500]
    assert [(r["athlete"], r["rank"]) for r in record["events"][1]["results"]] == [
        ("Rens Achterberg", 1),
        ("Erik Nordhagen", 2),
        ("Tomasz Głowacki", 3),
    ]


def test_a_team_race_named_only_by_the_headline(record_of) -> None:
    text = (
        "Whitford's last lap: Canada's veteran signs off with team pursuit silver\n\n"
        "HAMAR, Norway — For the last two laps of her last team pursuit, Rachel Whitford was at the back.\n\n"
        "Canada clocked 2:55.74, good for silver behind a Dutch team that had been untouchable all season.\n\n"
        "The Netherlands, with Anouk de Wit, Femke Postma and Iris Zwart, skated in the final pair and won gold in"
        " 2:55.18. Japan had to settle for bronze in 2:57.02. The United States were fourth in 2:58.40."
    )
    record = record_of(text)
    assert [event["event"] for event in record["events"]] == ["women's team pursuit"]
    rows = results(record)
    assert [(rows[team]["rank"], rows[team]["time"]["text"]) for team in ("Canada", "Japan", "United States")] == [
        (2, "2:55.74"),
        (3, "2:57.02"),
        (4, "2:58.40"),
    ]
    assert rows["Canada"]["members"] == ["Rachel Whitford"]


def test_a_given_name_of_the_other_gender_is_no_result_of_a_gendered_race(record_of) -> None:
    text = (
        "Dijkhuizen takes world allround crown\n\n"
        "HEERENVEEN — Wessel Dijkhuizen of the Netherlands won the men's world allround title on Sunday, with"
        " Norway's Ole Martin Rygh second and American Ethan Kowalczyk third.\n\n"
        "The women's title was decided on Saturday, when Astrid Haugen of Norway completed a wire-to-wire win."
    )
    record = record_of(text)
    assert "Astrid Haugen" not in results(record)
    assert results(record)["Wessel Dijkhuizen"]["rank"] == 1


def test_a_medal_stated_with_a_points_total_is_the_classifications(record_of) -> None:
    text = (
        "Haugland holds off van der Wal to win European allround title\n\n"
        "HAMAR, Norway (AP) — Sindre Haugland won the European allround speed skating championship on Sunday.\n\n"
        "Haugland finished with 147.485 points. Thijmen van der Wal of the Netherlands won the 10,000 in 12 minutes,"
        " 54.61 seconds but had to settle for silver on 147.685, and Poland's Kacper Wiśniewski took bronze with"
        " 147.909."
    )
    record = record_of(text)
    classification = next(e for e in record["events"] if e["distance_m"] is None)
    assert [(r["athlete"], r["medal"]) for r in classification["results"]] == [
        ("Sindre Haugland", "gold"),
        ("Thijmen van der Wal", "silver"),
        ("Kacper Wiśniewski", "bronze"),
    ]
    distance = next(e for e in record["events"] if e["distance_m"] == 10000)
    assert [(r["athlete"], r["rank"], r["medal"]) for r in distance["results"]] == [("Thijmen van der Wal", 1, None)]


def test_a_lede_naming_an_individual_race_and_a_relay_final(record_of) -> None:
    text = (
        "Chiara Bellandi gave Italy its first short track gold of the Games on Wednesday, winning the women's"
        " 500 metres in 42.318, and an hour later the Netherlands won a ferocious 3000m relay final.\n\n"
        "Bellandi drew the inside lane in the five-woman final and held off Jolien Stapel of the Netherlands."
        " Stapel took silver in 42.406.\n\n"
        "Stapel was back on the ice an hour later for the relay. The Dutch quartet of Stapel, Esmee Vrolijk,"
        " Lieke Haverkamp and Tessa Ruijs won in 4:04.118."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["gender"]) for e in record["events"]] == [(500, "women"), (3000, "women")]
    individual, relay = record["events"]
    assert [(r["athlete"], r["rank"]) for r in individual["results"]] == [("Chiara Bellandi", 1), ("Jolien Stapel", 2)]
    assert [(r["athlete"], r["time"]["text"]) for r in relay["results"]] == [("Netherlands", "4:04.118")]


def test_a_race_named_only_in_last_years_result_and_that_years_places(record_of) -> None:
    text = (
        "A year ago, Laurent Dion won the men's 500 metres at the World Tour in Montreal in 40.118 seconds. On"
        " Sunday, on the same ice, he had to settle for third.\n\n"
        "South Korea's Hwang Seong-min won the A final in 40.302. Pieter-Jan de Groot of the Netherlands was"
        " second in 40.355.\n\n"
        "The contrast with 2025 was stark. Then, Dion beat Japan's Kazuki Honda, with Canadian teammate Etienne"
        " Roy-Gagne fourth. Roy-Gagne retired in the spring and now coaches."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["gender"]) for e in record["events"]] == [(500, "men")]
    assert {r["athlete"]: r["rank"] for r in record["events"][0]["results"]} == {
        "Laurent Dion": 3,
        "Seong-min Hwang": 1,
        "Pieter-Jan de Groot": 2,
    }


def test_a_classification_table_with_a_time_per_race_in_columns(record_of) -> None:
    text = (
        "Jasper Kuiken is the new world sprint champion. He won the last race of the World Sprint Championships,"
        " the second 1,000m, in 1:07.45 and ended on 136.635 points. He opened in 9.52 for the first 100.\n\n"
        "Final classification (points; 500m / 1,000m / 500m / 1,000m, race placing in brackets)\n\n"
        "1. Jasper Kuiken (NED) 136.635 - 34.58 (3) / 1:07.62 (1) / 34.52 (2) / 1:07.45 (1)\n"
        "2. Jung Tae-yang (KOR) 136.965 - 34.41 (1) / 1:08.05 (4) / 34.38 (1) / 1:08.30 (7)\n"
    )
    record = record_of(text)
    assert sorted(e["distance_m"] or 0 for e in record["events"]) == [0, 500, 500, 1000, 1000]
    first_1000, second_1000 = (
        {r["athlete"]: (r["rank"], r["time"]["text"]) for r in e["results"]}
        for e in record["events"]
        if e["distance_m"] == 1000
    )
    assert first_1000 == {"Jasper Kuiken": (1, "1:07.62"), "Tae-yang Jung": (4, "1:08.05")}
    assert second_1000 == {"Jasper Kuiken": (1, "1:07.45"), "Tae-yang Jung": (7, "1:08.30")}


def test_a_headline_description_an_earlier_days_race_and_a_target_time(record_of) -> None:
    text = (
        "Wrzesinska rules the 500m on home ice as the Canadian settles for second\n\n"
        "Zofia Wrzesinska won the women's 500 metres at the World Cup on Sunday in 37.41 seconds. The Pole had"
        " finished a frustrating fourth in Friday's 1000m.\n\n"
        "Chloe Tremblay-Roy had set the target. The Canadian clocked 37.52. The Dutchwoman Femke Oudshoorn needed"
        " 37.40 or better to win and came home in 37.58, good for third. The American Kaylee Brandt was fifth in"
        " 37.70, ahead of the Czech Tereza Novotna, sixth in 37.77. Ewa Sobczak, the 2006 world sprint champion,"
        " presented the flowers."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["event"]) for e in record["events"]] == [(500, "women's 500m")]
    rows = results(record)
    assert {name: (row["nation"], row["rank"], row["time"]["text"]) for name, row in rows.items()} == {
        "Zofia Wrzesinska": ("POL", 1, "37.41"),
        "Chloe Tremblay-Roy": ("CAN", 2, "37.52"),
        "Femke Oudshoorn": ("NED", 3, "37.58"),
        "Kaylee Brandt": ("USA", 5, "37.70"),
        "Tereza Novotna": ("CZE", 6, "37.77"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Okoye became the youngest American woman to win a world championship medal.",
        "Okoye hit 600 metres in 44.3.",
    ],
)
def test_a_medal_won_at_some_time_and_a_split_reached_are_no_results(record_of, sentence: str) -> None:
    record = record_of(OLY + "Noor van Dijken won in 1:14.27. Brittany Okoye was third in 1:14.58. " + sentence)
    assert [e["distance_m"] for e in record["events"]] == [1000]
    assert (results(record)["Brittany Okoye"]["rank"], results(record)["Brittany Okoye"]["time"]["text"]) == (
        3,
        "1:14.58",
    )


def test_a_long_race_started_as_a_mass_start_is_one_race(record_of) -> None:
    text = (
        "The men's 50km classic at Holmenkollen came down to a photograph. Eirik Haugland of Norway won the"
        " classic-technique mass start on Saturday. Ole Martin Dyrhaug was third, +1.2."
    )
    record = record_of(text)
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        (50000, ["Eirik Haugland", "Ole Martin Dyrhaug"])
    ]


def test_a_results_box_with_family_names_in_capitals_and_company_teams(record_of) -> None:
    text = (
        "Women's 500m\n"
        "1 KITAMURA Rin (JPN / Nishiki Foods) 37.12\n"
        "2 VAN DER LINDE Noor (NED) 37.25\n"
        "3 McALLISTER Tess (USA) 37.44\n"
    )
    rows = {r["athlete"]: (r["nation"], r["rank"]) for e in record_of(text)["events"] for r in e["results"]}
    assert rows == {"Rin Kitamura": ("JPN", 1), "Noor van der Linde": ("NED", 2), "Tess McALLISTER": ("USA", 3)}


def test_a_numbered_list_whose_lines_end_in_nation_codes(record_of) -> None:
    text = (
        "Irene Vlasblom of the Netherlands won the women's 3000 metres at the European Championships in 4:01.88."
        "\n\nPos. Skater\n1 Irene Vlasblom NED\n2 Marta Ludwiczak POL\n3 Hedda Solbakken NOR\n\nAdvertisement"
    )
    rows = results(record_of(text))
    assert {a: (r["nation"], r["rank"]) for a, r in rows.items()} == {
        "Irene Vlasblom": ("NED", 1),
        "Marta Ludwiczak": ("POL", 2),
        "Hedda Solbakken": ("NOR", 3),
    }


def test_a_race_of_the_day_before_told_with_its_podium_is_news(record_of) -> None:
    text = (
        "Wang wins junior 500m in Hamar\n\nChina's Wang Yiting won the junior women's 500m at the Junior World Cup "
        "in Hamar on Sunday in 38.71.\n\nIn the junior men's 1000m on Saturday, Norway's Magnus Bergersen won in "
        "1:10.08, with China's Liu Chenxi second in 1:10.44. Canada's Ethan Roussel was third."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [r["rank"] for r in e["results"]]) for e in events][1] == (1000, [1, 2, 3])


def test_a_distance_raced_in_another_year_is_not_the_team_races(record_of) -> None:
    text = (
        "Norway's trio of Håkon Strand, Magnus Lien and Ole-Martin Bakke took silver in the men's team pursuit at "
        "the World Single Distances Championships on Saturday in 3:36.84. The Netherlands won gold in 3:35.91.\n\n"
        "Strand's grandfather, Nils Strand, skated for Norway at the 1968 Olympics and finished ninth over 10,000 "
        "metres."
    )
    assert [e["distance_m"] for e in record_of(text)["events"]] == [None]


def test_an_undated_profile_of_a_year_the_story_moved_on_from(record_of) -> None:
    text = (
        "Like father, like daughter: Lena Brandt chases a number her dad set in 1994\n\n"
        "Uwe Brandt was sixth in the men's 1500 metres at Lillehammer in 1994, in a time of 1:53.20, on a day when "
        "Norway's Arild Saether took the gold. Four years later in Nagano he was 15th, and he retired in 1999.\n\n"
        "On Saturday in Salt Lake City, at the second World Cup meeting of the season, Lena Brandt was ninth in the "
        "women's 1500 metres in 1:53.46. The race was won by Canada's Ivy Desrosiers in 1:51.08. Uwe still talks "
        "about his Olympic Games."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], {(r["athlete"], r["medal"]) for r in e["results"]}) for e in events] == [
        (1500, {("Lena Brandt", None), ("Ivy Desrosiers", None)})
    ]


def test_a_race_earlier_the_same_day_told_in_the_pluperfect_is_news(record_of) -> None:
    text = (
        "The Italian team won the mixed 2000m relay at the European Short Track Championships in Tilburg on "
        "Sunday in 2:38.412, beating the Netherlands by 178 thousandths.\n\nEarlier in the afternoon Giulia "
        "Rossetti had conquered the silver in the women's 500 meters, with the time of 42.318."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [(r["athlete"], r["time"]["text"]) for r in e["results"]]) for e in events] == [
        (2000, [("Italy", "2:38.412"), ("Netherlands", "2:38.590")]),
        (500, [("Giulia Rossetti", "42.318")]),
    ]


def test_a_distance_of_a_championship_day_takes_the_gender_of_its_pronoun_subject(record_of) -> None:
    text = (
        "Zofia Wasowska won silver in the women's sprint classification at the European Championships in "
        "Heerenveen on Sunday. In the last 1000 m she was the best of all with the result 1:14.62, ahead of Sanne "
        "Kolk in 1:14.90.\n\nIn the men's sprint classification Mateusz Zielinski took the 6th place. In the last "
        "1000 m he showed the time 1:08.71, which gave him the 4th place on this distance, behind Eirik Solbakken "
        "in 1:08.20."
    )
    events = record_of(text)["events"]
    assert {(e["gender"], r["athlete"]) for e in events if e["distance_m"] == 1000 for r in e["results"]} >= {
        ("men", "Mateusz Zielinski"),
        ("men", "Eirik Solbakken"),
    }


def test_a_description_is_of_someone_told_of_before_a_speaker_who_has_only_spoken(record_of) -> None:
    text = (
        "Maddie Olafson has never been one to make a fuss.\n\n"
        '"She was 11th," Karen Olafson said Monday from the family\'s kitchen.\n\n'
        "The 22-year-old Pinecrest product finished 11th in the women's 1,500 metres at the World Cup in Poland on "
        "Sunday, stopping the clock at 1:57.84."
    )
    assert list(results(record_of(text))) == ["Maddie Olafson"]


def test_a_nations_ice_gives_no_one_a_nation(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 seconds, and her coaches were pleased with the way she handled the Polish ice."
    assert results(record_of(text))["Anna Berg"]["nation"] is None


def test_a_company_is_no_person_where_its_suffix_is_left_off(record_of) -> None:
    text = (
        "Nordvik Blades congratulates Sindre Hagebakken on European 5000m silver\n\nLILLEHAMMER, 13 January 2025 - "
        "Nordvik Blades AS is proud to congratulate Sindre Hagebakken on winning the silver medal in the men's 5000 "
        "metres at the European Championships in Heerenveen on Sunday. Hagebakken clocked 6:10.05."
    )
    assert list(results(record_of(text))) == ["Sindre Hagebakken"]


def test_a_street_is_no_person(record_of) -> None:
    text = (
        "Maddie Olafson finished 11th in the women's 1,500 metres at the World Cup in Poland on Sunday in 1:57.84. "
        '"She was 11th," Karen Olafson said from the family\'s kitchen on Birch Crescent.'
    )
    assert "Birch Crescent" not in {p["name"] for p in record_of(text)["people"]}


@pytest.mark.parametrize(
    "text",
    [
        "The junior cup was held in Sheffield on Saturday. The fastest time came from 12-year-old Ruby Chen of "
        "Castleford Blades, who won the under-13 girls' 333m in 34.77.",
        "The junior cup was held in Sheffield on Saturday.\n\n333m: 1. Ruby Chen (Castleford Blades) 34.77",
    ],
)
def test_the_club_after_a_name_is_no_person(record_of, text: str) -> None:
    assert list(results(record_of(text))) == ["Ruby Chen"]


def test_a_start_list_of_pairs_with_nation_codes_is_no_dateline(record_of) -> None:
    text = (
        "Levesque wins Four Continents 1000m\n\nSTART LIST\nPair 1: Ethan Lau (CAN) – Yerbol Dzhaksybekov (KAZ)\n"
        "Pair 2: Song Jiahui (CHN) – Riley Vandermeer (USA)\n\nOFFICIAL RESULTS — MEN'S 1000M\n"
        "1. Mathieu Levesque (CAN) 1:06.71\n2. Ethan Lau (CAN) 1:08.47\n3. Song Jiahui (CHN) 1:08.91\n"
    )
    assert [(a, r["rank"]) for a, r in results(record_of(text)).items()] == [
        ("Mathieu Levesque", 1),
        ("Ethan Lau", 2),
        ("Song Jiahui", 3),
    ]


def test_a_list_said_to_be_in_finishing_order_gives_places(record_of) -> None:
    text = (
        "Brekke won the men's 1500 metres at the World Cup in Hamar on Sunday in 1:44.21.\n\n"
        "MEN'S 1500M (top 4, in finishing order)\n1:44.21 – Håkon Brekke, NOR\n1:44.58 – Jordan Whitlock, USA\n"
        "1:44.63 – Kjeld Nijenhuis, NED\n1:44.90 – Taiga Morimoto, JPN\n\nMore to come."
    )
    rows = results(record_of(text))
    assert [(a, r["rank"], r["time"]["text"]) for a, r in rows.items()] == [
        ("Håkon Brekke", 1, "1:44.21"),
        ("Jordan Whitlock", 2, "1:44.58"),
        ("Kjeld Nijenhuis", 3, "1:44.63"),
        ("Taiga Morimoto", 4, "1:44.90"),
    ]


def test_a_comma_separated_block_is_a_results_table(record_of) -> None:
    text = (
        "Yesterday's men's 5000 metres in Tomaszow was a fine race. Here is the result as CSV:\n\n"
        "rank,name,nation,pair,time,behind,note\n"
        "1,Sindre Haugland,NOR,8,6:08.44,,TR\n"
        "2,Davide Ferrante,ITA,7,6:09.12,+0.68,\n"
        ",Ethan Kowalczyk,USA,4,DNF,,\n"
    )
    rows = results(record_of(text))
    assert {a: (r["nation"], r["rank"], r["time"] and r["time"]["text"]) for a, r in rows.items()} == {
        "Sindre Haugland": ("NOR", 1, "6:08.44"),
        "Davide Ferrante": ("ITA", 2, "6:09.12"),
        "Ethan Kowalczyk": ("USA", None, None),
    }


def test_a_distances_final_classification_is_its_result_list(record_of) -> None:
    text = (
        "Mowbray won the women's 500m at the World Tour in Dordrecht on Sunday. In the B final, Germany's "
        "Anna-Lena Brückner was the winner, while Japan's Rina Ishikura did not start.\n\n"
        "LADIES 500 m                 FINAL CLASSIFICATION\n\n"
        "Rank  Name                      NOC    Time\n"
        "FINAL A\n"
        "   1  MOWBRAY Kirsty            GBR    42.113\n"
        "   2  CHOI Ha-eun               KOR    42.160\n"
        "FINAL B\n"
        "   3  BRÜCKNER Anna-Lena        GER    43.020\n"
        "   4  MONTANARI Valeria         ITA    43.187\n"
    )
    events = record_of(text)["events"]
    assert [(e["event"], [(r["athlete"], r["rank"]) for r in e["results"]]) for e in events] == [
        (
            "women's 500m final",
            [("Kirsty Mowbray", 1), ("Ha-eun Choi", 2), ("Anna-Lena Brückner", 3), ("Valeria Montanari", 4)],
        )
    ]


def test_an_athlete_of_the_other_gender_goes_to_that_genders_race(record_of) -> None:
    text = (
        "Julia Berg won the women's 500m in 37.12. In the men's 500m that followed, Sota Miyagawa won in 34.21.\n\n"
        "Berg skated in the ninth pair. Second place went to Tess Holm in 37.25."
    )
    record = record_of(text)
    assert [(e["gender"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        ("women", ["Julia Berg", "Tess Holm"]),
        ("men", ["Sota Miyagawa"]),
    ]


def test_team_races_of_one_report_each_take_the_distance_said_to_be_theirs(record_of) -> None:
    text = (
        "The Netherlands won the men's team sprint at the World Single Distance Championships in 1:18.14.\n\n"
        "In the women's team pursuit, six laps and 2,400 metres, Japan won in 2:53.71 and Canada took silver"
        " in 2:54.30."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["gender"]) for e in record["events"]] == [(None, "men"), (2400, "women")]


def test_a_mass_starts_final_standings_are_its_result(record_of) -> None:
    text = (
        "Jarne Verbeke won the men's mass start at the World Single Distances Championships in 7:52.06.\n\n"
        "Final standings (points)\n"
        "1. Jarne Verbeke (BEL) 61\n"
        "2. Lars Eidsvik (NOR) 40\n"
        "3. Park Ji-hwan (KOR) 20\n"
    )
    record = record_of(text)
    assert [(e["event"], len(e["results"])) for e in record["events"]] == [("men's mass start", 3)]


def test_a_participle_of_finishing_is_its_governing_subjects(record_of) -> None:
    text = (
        "Choi Yu-na won the women's 1000m final in 1:28.412. Teammate Kim Ha-eun led for most of the final but"
        " was passed by Choi and Bouwmeester on the final lap and then by Pelletier at the line, finishing fourth"
        " in 1:28.744."
    )
    rows = results(record_of(text))
    assert (rows["Ha-eun Kim"]["rank"], rows["Ha-eun Kim"]["time"]["text"]) == (4, "1:28.744")
    assert "Pelletier" not in rows


def test_slower_with_no_winner_known_is_slower_than_the_time_stated_before(record_of) -> None:
    text = (
        "Callum Rennie met Germany's Jonas Feldmann in the final of the men's 4000m at the European Championships."
        " Feldmann crossed the line in 4:03.512. Rennie finished eighteen hundredths of a second slower."
    )
    rows = results(record_of(text))
    assert rows["Callum Rennie"]["time"] == {"text": "4:03.692", "seconds": 243.692, "derived": True}


def test_a_pursuit_champion_is_no_sprint_classification(record_of) -> None:
    text = (
        "Jonas Feldmann won the men's individual pursuit final at the European Track Championships in 4:03.512,"
        " with Callum Rennie second. Mads Kjaergaard, a team pursuit world champion, was third."
    )
    rows = results(record_of(text))
    assert [rows[name]["medal"] for name in ("Jonas Feldmann", "Callum Rennie", "Mads Kjaergaard")] == [
        "gold",
        "silver",
        "bronze",
    ]


def test_a_national_trials_report_gives_its_nation_and_keeps_its_own_race(record_of) -> None:
    text = (
        "The only question left in the women's 1,000 meters at the U.S. Olympic Speedskating Trials was who would"
        " join Kendra Oyelaran on the plane to Italy.\n\n"
        "Oyelaran won the race in 1 minute, 14.62 seconds to lock up her second Olympic team berth. Jessa Morrow,"
        " the defending trials champion, took the third and final spot in 1:15.41. Rachel Dunmore was fifth in"
        " 1:15.97 and will probably have to rely on the 1,500 meters on Tuesday."
    )
    record = record_of(text)
    [event] = record["events"]
    assert (event["distance_m"], event["competition"]["name"]) == (1000, "U.S. Olympic Speedskating Trials")
    assert [(r["athlete"], r["nation"], r["rank"], r["medal"]) for r in event["results"]] == [
        ("Kendra Oyelaran", "USA", 1, None),
        ("Jessa Morrow", "USA", 3, None),
        ("Rachel Dunmore", "USA", 5, None),
    ]


def test_a_hometown_report_of_a_race_named_only_in_a_side_clause(record_of) -> None:
    text = (
        "PEMBROOK FALLS — About 40 people gathered at the Pembrook Falls Curling Club on Sunday, where they watched"
        " one of their own skate the 1000 metres at the World Cup in Salt Lake City. Kaylee Brisebois finished"
        " seventh in one minute 13.42 seconds.\n\n"
        '"I still had legs," Brisebois told the Herald by phone from Utah on Monday.\n\n'
        "The race was won by Jutta Veldkamp of the Netherlands in 1:12.31. A week earlier in Calgary, Brisebois"
        " placed 15th in the 1000. Lorraine Kuzyk skated the 3000 metres at the 1988 Games."
    )
    [event] = record_of(text)["events"]
    assert (event["sport"], event["distance_m"]) == ("speed skating", 1000)
    assert [(r["athlete"], r["rank"], r["status"]) for r in event["results"]] == [
        ("Jutta Veldkamp", 1, "finished"),
        ("Kaylee Brisebois", 7, "finished"),
    ]


def test_a_distance_before_a_gendered_team_race_and_a_beaten_teams_nation(record_of) -> None:
    text = (
        "Men's team pursuit\n\n"
        "The eight laps of the 3,200-metre men's team pursuit produced the race of the day at the World Single"
        " Distances Championships. Norway stopped the clock at 3:36.12. The United States took bronze in 3:37.90"
        " with Tyler Voss, Ethan Markowitz and Caleb Ondrak, edging the Netherlands, who finished fourth in 3:38.04."
    )
    [event] = record_of(text)["events"]
    assert (event["event"], event["distance_m"]) == ("men's 3200m team pursuit", 3200)
    rows = {r["athlete"]: (r["rank"], r["time"]["text"], r["members"]) for r in event["results"]}
    assert rows["United States"] == (3, "3:37.90", ["Tyler Voss", "Ethan Markowitz", "Caleb Ondrak"])
    assert rows["Netherlands"] == (4, "3:38.04", [])


def test_a_place_in_the_classification_and_a_title_won_at_a_sprint_championship(record_of) -> None:
    text = (
        "Lotte Brandsma won the women's world sprint title at Thialf. Uemura won the final 1000 metres in"
        " 1:14.21 and Brandsma was second in 1:14.35. South Korea's Park Ha-eun was fifth in the classification"
        " with 150.690.\n\n"
        "In the men's competition, Joep Hazenberg won the title with 137.455 points, ahead of Canada's Maxime"
        " Girard on 137.612."
    )
    events = record_of(text)["events"]
    assert [(e["event"], [r["athlete"] for r in e["results"]]) for e in events] == [
        ("women's sprint classification", ["Lotte Brandsma", "Ha-eun Park"]),
        ("women's 1000m", ["Uemura", "Lotte Brandsma"]),
        ("men's sprint classification", ["Joep Hazenberg", "Maxime Girard"]),
    ]


def test_a_place_a_time_would_have_been_good_for_is_no_place(record_of) -> None:
    text = (
        "Tereza Novotna won the women's 1500m B final in 1:55.20, a time that would have been good for sixth place"
        " in the A final. Lee Seo-yeon was second in 1:55.61."
    )
    rows = results(record_of(text))
    assert (rows["Tereza Novotna"]["rank"], rows["Seo-yeon Lee"]["rank"]) == (1, 2)


def test_a_name_whose_bracketed_code_the_parser_took_for_the_subject(record_of) -> None:
    text = (
        "Women's 1500m, in short: Léa Gagnon-Roy (CAN) won the final in 2:21.554. Shin Da-eun (KOR) was second"
        " and Ayumi Kuroda (JPN) third after a late pass on Kuroda's teammate Rina Okabe, who ended up fourth."
    )
    rows = results(record_of(text))
    assert (rows["Da-eun Shin"]["rank"], rows["Da-eun Shin"]["nation"]) == (2, "KOR")


def test_a_newest_first_blogs_final_pair_split_and_exclamations(record_of) -> None:
    text = (
        "European Championships live\n\n"
        "17:49\nFINAL PAIR DONE – and Kloosterman can't catch him! The Dutchman stops the clock at 6:12.30,"
        " 0.43 behind Vikhammer.\n\n"
        "17:26\nVikhammer is flying. 2200 metres in a split of 2:40.9.\n\n"
        "16:50\nThe men's 5000m is under way.\n\n"
        "15:58\nGOLD FOR POLAND! Kaja Nowicka, last pair, 37.71 – she wins! Visscher is second in 37.79.\n\n"
        "15:30\nFirst up: the women's 500 metres."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in events] == [
        (5000, ["Vikhammer", "Kloosterman"]),
        (500, ["Kaja Nowicka", "Visscher"]),
    ]


def test_a_final_b_heading_over_its_results(record_of) -> None:
    text = (
        "Pierre-Olivier Gendron won the men's 1000 metres at the World Short Track Championships in 1:24.817,"
        " ahead of Park Ji-hoon.\n\n"
        "Final B\n\n"
        "Korea's Lee Jun-seo won the B final in 1:27.604. The American Ethan Cheung was third in 1:27.910."
    )
    events = record_of(text)["events"]
    assert [(e["round"], [r["athlete"] for r in e["results"]]) for e in events] == [
        (None, ["Pierre-Olivier Gendron", "Ji-hoon Park"]),
        ("final B", ["Jun-seo Lee", "Ethan Cheung"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Gendron crossed the line in 1:24.817, ahead of South Korea's Park Ji-hoon in 1:24.902.", "Ji-hoon Park"),
        ("Gendron won ahead of Park Ji-hoon in 1:24.902.", "Pierre-Olivier Gendron"),
    ],
)
def test_a_time_after_the_name_compared_with(record_of, sentence: str, owner: str) -> None:
    text = "Pierre-Olivier Gendron won the men's 1000 metres at the World Short Track Championships. " + sentence
    rows = results(record_of(text))
    assert rows[owner]["time"]["text"] == "1:24.902"


def test_results_before_the_other_genders_race_is_named_stay_in_their_own(record_of) -> None:
    text = (
        "Lorenz wins at home in Inzell\n\n"
        'Kai Lorenz won in 1:44.33 on Sunday. "I thought it said 1:43," he said. Norway\'s Even Rustad finished '
        "second, 0.14 slower than the German.\n\nVoss doubles the joy\n\n"
        "Annika Voss won the women's 1500 metres in 1:54.12. Nanami Ueda was second in 1:54.34."
    )
    events = record_of(text)["events"]
    assert [(e["event"], [r["athlete"] for r in e["results"]]) for e in events] == [
        ("men's 1500m", ["Kai Lorenz", "Even Rustad"]),
        ("women's 1500m", ["Annika Voss", "Nanami Ueda"]),
    ]


def test_another_days_race_named_in_passing_does_not_take_the_story(record_of) -> None:
    text = (
        "Liam Beaudry was 23rd in the men's 15-kilometre pursuit at the World Cup in Lillehammer on Sunday.\n\n"
        "Beaudry started 38th on the strength of his result in Saturday's 10-kilometre classic, and crossed the "
        "line 1:12.4 behind winner Halvor Strand of Norway.\n\n"
        "Strand crossed in 33:05.8. France's Hugo Lacombe was second, 12.4 seconds back."
    )
    events = record_of(text)["events"]
    assert [(e["distance_m"], [r["athlete"] for r in e["results"]]) for e in events] == [
        (15000, ["Halvor Strand", "Hugo Lacombe", "Liam Beaudry"]),
    ]
    assert results(record_of(text))["Liam Beaudry"]["time"]["text"] == "34:18.2"


def test_a_regattas_stretches_and_splits_are_not_its_race(record_of) -> None:
    text = (
        "Erlend Dahl of Norway retained his title in the men's single sculls at the European Rowing "
        "Championships.\n\n"
        "Ondrej Havel went through the 500m mark in 1:37.41, just ahead of Dahl (1:37.80). The Norwegian drew "
        "level in the third quarter of the 2000m course.\n\n"
        "Dahl crossed the line in 6:41.22. Havel took silver in 6:42.05, and Cian Brophy came through over the "
        "final 500m to win bronze in 6:43.60."
    )
    events = record_of(text)["events"]
    assert [(e["event"], e["distance_m"]) for e in events] == [("men's 2000m single sculls", 2000)]
    assert [(r["athlete"], r["time"]["text"]) for r in events[0]["results"]] == [
        ("Erlend Dahl", "6:41.22"),
        ("Ondrej Havel", "6:42.05"),
        ("Cian Brophy", "6:43.60"),
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "Briton Mollie Vance, who won the title in Singapore in 1:54.12, missed the final.",
        "Mollie Vance won the 200m at last season's world championships in Singapore. Vance claimed the "
        "relay title in Singapore in 1:54.12 as well.",
    ],
)
def test_a_past_race_placed_elsewhere_is_background(record_of, aside: str) -> None:
    text = (
        "BUDAPEST, July 27 (Reuters) - Tegan Okafor won the women's 200 metres freestyle at the world "
        "championships on Tuesday in 1:53.87. Canada's Summer Deschamps was second in 1:54.30, with China's Li "
        "Wenjing third.\n\n" + aside
    )
    assert "Mollie Vance" not in results(record_of(text))


def test_a_surname_goes_to_the_person_the_headline_names(record_of) -> None:
    text = (
        "Ellie Whitcombe's long road back\n\n"
        'Inside the car, Jackie Whitcombe is pouring tea while her daughter laces her skates. "Mum has done '
        'this drive for years," says Ellie Whitcombe.\n\n'
        "Whitcombe has worked with a psychologist for a year. At the World Tour stop in Dresden she went all in "
        "on the 1500m. In the A final she finished fourth in 2:19.604, behind South Korea's Shin Ha-eun, who won "
        "in 2:19.117."
    )
    assert results(record_of(text))["Ellie Whitcombe"]["rank"] == 4


def test_a_new_national_champion_over_a_distance_and_the_place_right_ahead(record_of) -> None:
    text = (
        "HEERENVEEN - Femke van der Meulen has crowned herself Dutch champion on the 1000 metres in Thialf. "
        "The 26-year-old rider of Team Zuidwester stopped the clock at 1.14,08.\n\n"
        "Title holder Yara Dijkstra did not come further than a ninth place. She ended directly behind Sanne Bos, "
        "who rode in the same pair."
    )
    record = record_of(text)
    rows = results(record)
    assert [e["event"] for e in record["events"]] == ["women's 1000m"]
    assert (rows["Femke van der Meulen"]["rank"], rows["Sanne Bos"]["rank"]) == (1, 8)
    assert "Zuidwester" not in {p["name"] for p in record["people"]}


def test_the_story_goes_on_to_the_final_a_sentence_ends_on(record_of) -> None:
    text = (
        "HARBIN, China, Feb. 9 (Yonhap) -- Park Jun-ho had to be content with silver in the men's 500m at the "
        "Asian Winter Games on Sunday.\n\n"
        "In the men's 500m, Park set a Games record of 40.298 in the quarterfinals but couldn't reproduce that "
        "speed in the final. China's Liu Hao led wire-to-wire to win in 40.512, with Park 0.094 second behind.\n\n"
        "Kazakhstan's Nurlan Abenov took the bronze in 40.811."
    )
    final = record_of(text)["events"][0]
    assert final["round"] == "final"
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in final["results"]] == [
        ("Hao Liu", 1, "40.512"),
        ("Jun-ho Park", 2, "40.606"),
        ("Nurlan Abenov", 3, "40.811"),
    ]


def test_a_translated_japanese_report_of_a_national_sprint_championship(record_of) -> None:
    text = (
        "Shinohara Kaito comes from behind for first All Japan Sprint title\n\n"
        "Nikkan Sports (English translation) | 2025.12.29 07:00\n\n"
        "The final day of the All Japan Sprint Speed Skating Championships was held on the 28th in Obihiro. In "
        "the men's overall, Shinohara Kaito (24 = Tokachi Kensetsu) won his first title with 139.415 points.\n\n"
        "Shinohara won the second 500 meters of the final day with 34 seconds 71. In the last 1000 meters he was "
        "second with 1 minute 8 seconds 96, behind Morimoto Yuki (27 = Sankyo Seiki).\n\n"
        "In the women's overall, Fujii Sayaka (29 = Daiichi Kotsu) won her third consecutive title. Kobayashi "
        "Airi (19 = Hokkaido Univ. of Education Kushiro) was second."
    )
    record = record_of(text)
    assert [(e["gender"], e["distance_m"]) for e in record["events"]] == [
        ("men", None),
        ("men", 500),
        ("men", 1000),
        ("women", None),
    ]
    times = {
        (e["distance_m"], r["athlete"]): r["time"] and r["time"]["text"] for e in record["events"] for r in e["results"]
    }
    assert (times[500, "Kaito Shinohara"], times[1000, "Kaito Shinohara"]) == ("34.71", "1:08.96")
    assert {r["nation"] for e in record["events"] for r in e["results"]} == {"JPN"}
    assert not {"Nikkan Sports", "Education Kushiro", "Sankyo Seiki"} & set(results(record))


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Maddie Kerr finished 11th, one spot ahead of teammate Jess Holloway.", "Jess Holloway", 12),
        ("Natalia Kasprzak finished one place ahead of the Czech Ester Hruba, who was 12th.", "Natalia Kasprzak", 11),
        ("Kudo Haruna was fifth, one place behind Emma Whitfield (Canada).", "Emma Whitfield", 4),
    ],
)
def test_one_place_ahead_or_behind(record_of, sentence: str, athlete: str, rank: int) -> None:
    text = "Lisanne Veldkamp won the women's mass start at the World Cup in Heerenveen in 8:31.44. " + sentence
    assert results(record_of(text))[athlete]["rank"] == rank


def test_a_wiki_pages_pipe_table_and_citation_marks(record_of) -> None:
    text = (
        "The women's 1500 metres at the 2027 Four Continents Championships was held in Calgary.[1] Kim Ye-jin won "
        "ahead of Japan's Misaki Horiuchi and Canada's Ivy Laframboise.[2]\n\n"
        "Rank | Pair | Lane | Name | Country | Time | Diff | Notes\n"
        "1 | 8 | i | Kim Ye-jin | South Korea | 1:53.08 | | CR\n"
        "2 | 7 | o | Misaki Horiuchi | Japan | 1:53.61 | +0.53 |\n"
        "3 | 8 | o | Ivy Laframboise | Canada | 1:53.74 | +0.66 |\n"
        "4 | 6 | i | Park Seo-jin | South Korea | 1:54.32 | +1.24 |"
    )
    rows = record_of(text)["events"][0]["results"]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in rows] == [
        ("Ye-jin Kim", 1, "1:53.08"),
        ("Misaki Horiuchi", 2, "1:53.61"),
        ("Ivy Laframboise", 3, "1:53.74"),
        ("Seo-jin Park", 4, "1:54.32"),
    ]


def test_a_dash_further_down_is_no_dateline(record_of) -> None:
    text = (
        "Kinga Wroblewska took fourth place in the women's 500 m race during the World Cup in Tomaszow. The race "
        "was won by the American Kayla Brenner.\n\n"
        "Brenner, the leader of the World Cup classification, achieved 37.51 s, and second was the Japanese Hina "
        "Murata – 37.63 s."
    )
    rows = results(record_of(text))
    assert (rows["Kayla Brenner"]["time"]["text"], rows["Hina Murata"]["time"]["text"]) == ("37.51", "37.63")


def test_a_race_named_in_a_contrast_clause_keeps_the_results_beside_it_apart(record_of) -> None:
    text = (
        "Kenya's Brian Kiprono broke the Rotterdam Marathon course record on Sunday, crossing the line in two "
        "hours, four minutes and 11 seconds, while Ethiopia's Almaz Gebre won a cagey women's race.\n\n"
        "Alemu finished 28 seconds adrift in second place. The leaders went through 30 kilometres in 1:27:51, and "
        "the pacemakers were asked to run to 25 kilometres.\n\n"
        "The 25-year-old Gebre clocked 2:19:46 to win, with Kenya's Faith Chebet second in 2:20:15."
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"]) for e in events] == [("men", 42195), ("women", 42195)]
    assert [(r["athlete"], r["rank"]) for r in events[0]["results"]] == [("Brian Kiprono", 1), ("Alemu", 2)]
    assert [r["athlete"] for r in events[1]["results"]] == ["Almaz Gebre", "Faith Chebet"]


def test_a_championship_the_athlete_prepares_for_gives_no_medals(record_of) -> None:
    text = (
        "Kenya's Brian Kiprono won the Rotterdam Marathon on Sunday in 2:04:11. Dennis Rotich was second in "
        "2:05:20. Last year's winner Elias Kemboi is preparing for the world championships."
    )
    assert results(record_of(text))["Dennis Rotich"]["medal"] is None


def test_numbered_sleds_are_teams_of_their_own(record_of) -> None:
    text = (
        "Jannik Vogelsang piloted the Germany I sled to the four-man world title in St. Moritz on Sunday, finishing "
        "the four heats in a total of 4:21.37. Germany II, with Felix Ostertag at the controls, took bronze, 0.47 "
        "behind the winners. Latvia were fourth in 4:22.10, and Germany III was fifth after the fastest third heat "
        "of 1:05.02."
    )
    event = record_of(text)["events"][0]
    assert (event["sport"], event["distance_m"]) == ("bobsleigh", None)
    rows = {r["athlete"]: (r["rank"], r["time"]["text"] if r["time"] else None) for r in event["results"]}
    assert rows["Germany I"] == (1, "4:21.37")
    assert rows["Germany II"] == (3, "4:21.84")
    assert rows["Germany III"] == (5, None)
    assert "St. Moritz" not in rows


def test_a_person_in_a_relative_clause_on_another_time_does_not_own_the_time(record_of) -> None:
    text = (
        "Mattia Dal Ponte won the men's 1500m at the Continental Cup in Collalbo on Sunday, ahead of Jonas "
        "Mikkelsen.\n\n1:50.12 is a new track record, taking out the 1:50.34 that Norwegian Sondre Halvorsrud set "
        "here back in 2015."
    )
    assert "Sondre Halvorsrud" not in results(record_of(text))


def test_a_week_later_goes_on_in_the_time_before(record_of) -> None:
    text = (
        "Jang Ye-seul has become the most talked-about young skater on the Korean team. In the women's 1500m at "
        "the World Tour stop in Beijing last month she was last with five laps to go and won in 2:20.118. A week "
        "later in Seoul she finished second in the 1000m, 0.04 behind Canada's Elodie Aubin."
    )
    assert record_of(text)["events"] == []


def test_a_results_list_headed_by_gender_is_the_race_the_report_named_without_one(record_of) -> None:
    text = (
        "Sanne van der Zwaag has won the 1000 metres at the World Cup in Heerenveen in 1:13.02. Moreau finished "
        "second.\n\nIn the men's 1000 metres Joep Hanegraaf won in 1:07.81.\n\n"
        "Results women's 1000 metres:\n1. Sanne van der Zwaag (NED) 1:13.02\n2. Ivy Moreau (CAN) +0.34\n\n"
        "Results men's 1000 metres:\n1. Joep Hanegraaf (NED) 1:07.81\n2. Lian Zhiyu (CHN) +0.24"
    )
    events = record_of(text)["events"]
    assert [(e["gender"], len(e["results"])) for e in events] == [("women", 2), ("men", 2)]


def test_a_bare_weekday_dates_the_clause_that_follows_it(record_of) -> None:
    text = (
        "Rachelle Marchetti won both women's 500-meter races at the World Cup in Calgary this weekend. The "
        "Canadian took Saturday's race in 36.84 seconds and came back Sunday to go even faster, stopping the clock "
        "at 36.71. Kim Ji-woo had to settle for third on Saturday in 37.01. Femke Brouwers of the Netherlands was "
        "third on Sunday in 36.95."
    )
    events = record_of(text)["events"]
    assert [[r["time"]["text"] for r in e["results"] if r["athlete"] == "Rachelle Marchetti"] for e in events] == [
        ["36.84"],
        ["36.71"],
    ]


def test_places_stated_with_points_totals_are_the_classifications(record_of) -> None:
    text = (
        "American Wyatt Ellsworth was crowned world sprint speed skating champion in Hamar on Sunday, finishing "
        "second in the decisive 1,000 metres to hold off Dutchman Kjell de Ruiter.\n\n"
        "Ellsworth totalled 137.245 points over the four races, with De Ruiter second on 137.580 and China's Gao "
        "Yuchen third on 137.912.\n\nDe Ruiter won the final 1,000m in 1min 08.04sec, while Gao could only manage "
        "fifth."
    )
    events = {e["event"]: {r["athlete"]: r["rank"] for r in e["results"]} for e in record_of(text)["events"]}
    assert events["men's sprint classification"] == {"Wyatt Ellsworth": 1, "Kjell de Ruiter": 2, "Yuchen Gao": 3}
    assert events["men's 1000m"] == {"Kjell de Ruiter": 1, "Wyatt Ellsworth": 2, "Yuchen Gao": 5}


def test_a_publication_line_is_no_heading_of_another_time(record_of) -> None:
    text = (
        "Kvamme wins 1500 metres in Vikingskipet\n\nPeder Kvamme beat world record holder Elijah Pruitt in Hamar.\n\n"
        "Published 25 January 2026 at 15:41\n\n"
        "Peder Kvamme delivered on home ice on Sunday. The 25-year-old won the 1500 metres at the World Cup in "
        "1:44.10. Roozendaal took third place in 1:44.58."
    )
    assert results(record_of(text))["Peder Kvamme"]["time"]["text"] == "1:44.10"


@pytest.mark.parametrize(
    ("sentence", "athlete", "time"),
    [
        ("The American crossed the line 0.21 seconds behind the Norwegian.", "Elijah Pruitt", "1:44.31"),
        (
            "Canada's Antoine Leblanc finished third, a tenth of a second behind the Norwegian.",
            "Antoine Leblanc",
            "1:44.20",
        ),
    ],
)
def test_a_gap_behind_a_description_counts_from_that_athlete(record_of, sentence: str, athlete: str, time: str) -> None:
    text = (
        "Norway's Peder Kvamme won the men's 1500 metres at the World Cup in Hamar in 1:44.10. In the final pair "
        "came the American Elijah Pruitt. " + sentence
    )
    assert results(record_of(text))[athlete]["time"]["text"] == time


def test_a_tabloid_nickname_and_a_possessive_nation_after_a_conjunction(record_of) -> None:
    text = (
        "BRIT ice queen Jade Ashworth grabbed a stunning European Championships bronze in the 1000m in Heerenveen "
        "in 1:14.66, behind Dutch superstar Romy Harkema and Poland's Karolina Bąk. Harkema took gold in "
        "1:14.02, with Bąk claiming silver in 1:14.38."
    )
    rows = results(record_of(text))
    assert (rows["Jade Ashworth"]["nation"], rows["Jade Ashworth"]["rank"]) == ("GBR", 3)
    assert rows["Romy Harkema"]["nation"] != "POL"


def test_a_where_clause_naming_the_venues_programme_names_the_races(record_of) -> None:
    text = (
        "Marijke Oostdam (NED) and Tijmen Koopmans (NED) claimed the long-distance victories on Saturday at the "
        "Arena Lodowa in Tomaszów Mazowiecki, where the women contested the 5000m and the men the 10,000m.\n\n"
        "Oostdam's winning time of 6:54.31 is a new track record. Tereza Vondráčková held on for second place in "
        "6:55.87.\n\nIn the men's 10,000m, Koopmans crossed the line in 12:58.44. Davide Ghirardi was second in "
        "13:01.09."
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"], e["results"][0]["athlete"]) for e in events] == [
        ("women", 5000, "Marijke Oostdam"),
        ("men", 10000, "Tijmen Koopmans"),
    ]


def test_a_final_b_that_counts_on_from_the_final_is_part_of_its_event(record_of) -> None:
    text = (
        "Élodie Aubin of Saint-Jérôme, Que., won gold in the women's 1500 metres at the Short Track World Tour in "
        "Montreal on Sunday.\n\nWomen's 1500 m - Final A\n1 AUBIN Élodie CAN 2:24.318\n2 BAE Seo-yeon KOR 2:24.401\n"
        "3 VERHAGE Lotte NED 2:24.577\n\nWomen's 1500 m - Final B\n4 DE BRUIJN Sanne NED 2:29.870\n"
        "5 HOLLOWAY Kate USA 2:29.912"
    )
    events = record_of(text)["events"]
    assert len(events) == 1
    assert [(r["athlete"], r["rank"]) for r in events[0]["results"]][0] == ("Élodie Aubin", 1)
    assert {r["rank"] for r in events[0]["results"]} == {1, 2, 3, 4, 5}


def test_a_gender_written_against_one_race_is_not_the_other_races(record_of) -> None:
    text = (
        "LIVE: Hesselink v Sato in the 1000m, then the men's 500m\n\n"
        "Noor Hesselink won the 1000m in 1:14.59, 0.02 ahead of Isa Veltkamp. Her compatriot Femke Oostra was "
        "ninth.\n\nOn to the men's 500m. Tyler Voss won in 34.38, with Lian Haoyu second in 34.45."
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"]) for e in events] == [("women", 1000), ("men", 500)]


def test_a_place_after_an_aside_on_the_winners_past_is_a_place_of_the_race(record_of) -> None:
    text = (
        "Czech Alena Novotna won the women's 3,000 metres at the World Cup in Salt Lake City on Saturday, clocking "
        "three minutes 52.81 seconds. Norway's Silje Tangen was second, 0.88 seconds behind.\n\n"
        "Novotna, 29, finished fourth in the same race a year ago. American Hailey Voss was sixth in front of a "
        "home crowd."
    )
    assert results(record_of(text))["Hailey Voss"]["rank"] == 6


def test_short_and_hyphenated_family_names_in_capitals_in_a_results_table(record_of) -> None:
    text = (
        "Gong Min-jae won the men's 500 metres at the Short Track World Tour in Montreal on Sunday.\n\n"
        "Men's 500 m - Final A\n1      GONG Min-jae          KOR    40.512\n"
        "2      ROY-TESSIER Maxime      CAN   40.588\n3      MEI Shangbo      CHN        40.701\n\n"
        "Jon Arild Skarpnes (Hamar IL) and Torstein Hole (IL Skjalg) were not entered."
    )
    rows = [(r["athlete"].casefold(), r["nation"], r["rank"]) for r in record_of(text)["events"][0]["results"]]
    assert rows == [("min-jae gong", "KOR", 1), ("maxime roy-tessier", "CAN", 2), ("shangbo mei", "CHN", 3)]


def test_a_description_or_pronoun_of_one_gender_is_not_a_person_of_the_other(record_of) -> None:
    text = (
        "Dutch skaters won both 1000m races at the European sprint championships in Collalbo on Sunday.\n\n"
        "Fleur Ammerlaan won the women's 1000m in 1:14.82, with Kaja Strand second. In the men's 1000m Poland's "
        "Piotr Kaczmarczyk won in 1:07.98 to put Rens Wijnbergen under pressure. The Dutchman's 1:08.11 was second "
        "fastest."
    )
    events = {e["event"]: results({"events": [e]}) for e in record_of(text)["events"]}
    assert events["men's 1000m"]["Rens Wijnbergen"]["time"]["text"] == "1:08.11"
    assert events["women's 1000m"]["Fleur Ammerlaan"]["time"]["text"] == "1:14.82"


def test_a_byline_names_the_author_and_a_place_in_a_country_is_no_person(record_of) -> None:
    text = (
        "Brandt skates to fourth at World Cup\n\nBy Jenna Kowalczyk\n\n"
        "Tyler Brandt's mother set three alarms. She needn't have bothered. Her son finished fourth in the men's "
        "1,000 meters at the World Cup in Tomaszów Mazowiecki, Poland, in 1:08.41. The race was won by Jesse Kroon "
        "of the Netherlands in 1:07.96."
    )
    record = record_of(text)
    assert {"name": "Jenna Kowalczyk", "role": "author"} in record["people"]
    assert "Tomaszów Mazowiecki" not in [p["name"] for p in record["people"]] + list(results(record))


@pytest.mark.parametrize(
    ("headline", "events"),
    [
        ("Mass start preview: Dekker chases a third medal", 0),
        ("Five things to watch as the World Cup returns to Hamar", 0),
        ("Men's 10,000m World Championships: Preview, Odds & Result", 1),
        ("Dekker chases a third medal in the mass start", 1),
        ("Mass start preview: Dekker won the 3,000m, now she wants more", 1),
        ("Dekker chases a third medal as the mass start field gathers", 0),
    ],
)
def test_a_headline_that_calls_the_report_a_preview_gives_no_events(record_of, headline: str, events: int) -> None:
    text = (
        f"{headline}\n\nThe speed skating programme ends on Saturday with the mass start. Marit Dekker won the "
        "women's 3,000m in 3:56.12 on Tuesday, 0.56 seconds ahead of Norway's Ingrid Solbakken."
    )
    assert len(record_of(text)["events"]) == events


def test_a_race_some_days_before_is_background(record_of) -> None:
    text = (
        "Sverre Lunde won the Olympic 1500 metres in Milan on Thursday, four days after taking silver in the 5000 "
        "metres.\n\nLunde clocked 1:43.21. Joey Vermeulen of the Netherlands came closest, 0.27 seconds behind."
    )
    events = record_of(text)["events"]
    assert [e["distance_m"] for e in events] == [1500]
    assert results(record_of(text))["Sverre Lunde"]["rank"] == 1


def test_the_subjects_of_a_sentence_followed_by_their_son_are_parents(record_of) -> None:
    text = (
        "Greenfield's Brandt 14th in Olympic 1,500 meters\n\n"
        "Dan and Lisa Brandt were holding up a bedsheet behind the finish line on Thursday. Their son did not win a "
        "medal. Tyler Brandt skated the 1,500 meters in 1:45.36, good for 14th place.\n\n"
        "The race was won by Norway's Sverre Lunde in 1:43.21, 2.15 seconds faster than Brandt."
    )
    assert set(results(record_of(text))) == {"Tyler Brandt", "Sverre Lunde"}


def test_the_one_beaten_in_a_clause_below_owns_no_time_and_a_title_aside_dates_no_race(record_of) -> None:
    text = (
        "Speed skating-Coles snatches 1,000m gold from Zwart in last pair\n\n"
        "MILAN, Feb 9 (GlobalWire) - Brittany Coles of the United States won the women's 1,000 metres at the "
        "Olympics on Monday, clocking an Olympic record of one minute 13.04 seconds to push Dutch favourite Femke "
        "Zwart down to silver.\n\nJapan's Rin Aoyama took bronze in 1:13.55. Marit Dekker, silver medallist in the "
        "3,000m on Saturday, was fifth for the Netherlands in 1:14.02."
    )
    events = record_of(text)["events"]
    assert len(events) == 1
    rows = results({"events": events})
    assert rows["Brittany Coles"]["time"]["text"] == "1:13.04"
    assert rows["Femke Zwart"]["time"] is None
    assert rows["Marit Dekker"]["rank"] == 5


def test_a_team_race_named_by_its_skaters_and_its_bronze_final(record_of) -> None:
    text = (
        "Team pursuit gold for Dutch women\n\n"
        "The Netherlands won the women's Olympic team pursuit in Milan on Tuesday with an Olympic record of "
        "2:55.71.\n\nIt was Femke Zwart's third medal of the Games, after silver in the 1,000m and gold in the "
        "1,500m. Lotte Brinkman, fourth in the 3,000m, finally had her medal.\n\n"
        "In the final B, Canada's Isabelle Fortin, Chloe Tremblay and Megan Doyle took bronze in 2:58.90, beating "
        "Ingrid Solbakken, Thea Aas and Sunniva Hauge of Norway, who came home in 3:00.12."
    )
    events = record_of(text)["events"]
    assert [e["event"] for e in events] == ["women's team pursuit"]
    rows = {r["athlete"]: r for r in events[0]["results"]}
    assert (rows["Canada"]["medal"], rows["Canada"]["time"]["text"]) == ("bronze", "2:58.90")
    assert rows["Canada"]["members"] == ["Isabelle Fortin", "Chloe Tremblay", "Megan Doyle"]
    assert rows["Norway"]["time"]["text"] == "3:00.12"


def test_sections_under_capitals_headings_with_a_title_are_each_their_days_news(record_of) -> None:
    text = (
        "The Winter Wrap: Kim's rocket 500, Aubry bounces back\n\n"
        "SPEED SKATING - Kim goes sub-34.5 in Thialf\n\n"
        "Korea's Kim Tae-yang won the men's 500m at Thialf in Heerenveen on Saturday, clocking 34.41. Dutch sprinter "
        "Thijs Ophoff was second in 34.48.\n\nALPINE - Aubry gets her revenge\n\n"
        "France's Elodie Aubry was untouchable in the women's super-G in Cortina d'Ampezzo on Sunday. Her time of "
        "1:21.47 left Austria's Greta Pichler 0.18 back in second."
    )
    assert [e["event"] for e in record_of(text)["events"]] == ["men's 500m", "women's super-G"]


def test_an_age_aside_on_another_years_race_and_a_title_added_to_keep_the_race_news(record_of) -> None:
    text = (
        "Winter Olympics: Day five at a glance\n\nWomen's downhill (Cortina)\n"
        "Switzerland's Lea Brunner finally has her Olympic title. The 29-year-old, fourth in this race four years "
        "ago, attacked the lower section to win in 1:36.18, 0.27sec ahead of silver medallist Katharina Moser of "
        "Austria.\n\nWomen's 1500m short track (Milan)\nChina's Zhang Yuting won in 2:21.884. South Korea's Choi "
        "Ha-eun added silver to her 500m title and Italy's Ilaria Conti was third."
    )
    events = record_of(text)["events"]
    assert [e["distance_m"] for e in events] == [None, 1500]
    assert results({"events": events[:1]})["Lea Brunner"]["time"]["text"] == "1:36.18"
    assert results({"events": events[1:]})["Ha-eun Choi"]["medal"] == "silver"


def test_the_story_goes_on_with_the_race_of_the_main_clause_not_the_contrasted_one(record_of) -> None:
    text = (
        "NAGANO, Japan, Oct. 25 (EastWire) -- Hamaguchi Ren broke the track record to win the men's 1,000 meters at "
        "the All Japan Single Distance Championships on Saturday, while Morishita Hina successfully defended her "
        "women's 500-meter title.\n\nHamaguchi, 24, stopped the clock at 1 minute, 8.45 seconds. Nishimura Daiki "
        "finished 0.27 seconds behind in second.\n\nIn the women's 500, Morishita clocked 37.62 in the last pair to "
        "beat Kobayashi Rin (37.81) and Aoki Sakura (37.95)."
    )
    events = {e["event"]: results({"events": [e]}) for e in record_of(text)["events"]}
    assert events["men's 1000m"]["Ren Hamaguchi"]["time"]["text"] == "1:08.45"
    assert events["women's 500m"]["Hina Morishita"]["time"]["text"] == "37.62"


def test_medals_listed_respectively_and_a_heading_in_capitals_names_nobody(record_of) -> None:
    text = (
        "Speed skating: Dekker takes women's mass start title\n\nDEKKER COMPLETES HER WEEK\n\n"
        "Marit Dekker of the Netherlands won the Olympic women's mass start in Milan on Saturday in 8:21.35, ahead "
        "of Poland's Ewa Zielinska and Japan's Mei Hoshino, who took silver and bronze respectively."
    )
    rows = results(record_of(text))
    assert [(name, rows[name]["medal"]) for name in rows] == [
        ("Marit Dekker", "gold"),
        ("Ewa Zielinska", "silver"),
        ("Mei Hoshino", "bronze"),
    ]


def test_an_age_class_race_of_the_other_gender_and_a_newsletters_given_names(record_of) -> None:
    text = (
        "Weissensee: Martin's best ever\n\nTHE 100KM MASTERS RACES (Tuesday 27th)\n\n"
        "The big news is Martin Pryce, who finished 23rd of 61 in the men's 50+ category in 3:21:09. Martin found a "
        "Belgian to shelter behind for the last two laps. Dave Ellery came in 31st. Dave says it was his new skates."
        "\n\nIn the women's 50+ race, held at the same time over the same 100km, Helen Marsh was ninth of 18 in "
        "3:40:12, three places better than last year. The winner was Aaltje de Boer (NED) in 3:12:55. Helen: "
        '"The Dutch ladies go off like rockets."'
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"]) for e in events] == [("men", 100000), ("women", 100000)]
    men, women = (results({"events": [e]}) for e in events)
    assert (men["Martin Pryce"]["rank"], men["Martin Pryce"]["nation"]) == (23, None)
    assert (women["Helen Marsh"]["rank"], women["Helen Marsh"]["nation"]) == (9, None)


def test_the_distance_a_relay_covered_is_its_distance(record_of) -> None:
    text = (
        "The Netherlands won the mixed team relay at the European Short Track Championships in Gdansk on Sunday. "
        "The quartet of Lotte Bakhuis, Iris Wolters, Jens Mulder and Rik Boersema covered the 2,000 metres in "
        "2:38.104 to take the gold medal.\n\nItaly took silver in 2:38.559, with Martina Valle bringing them home, "
        "and hosts Poland won bronze in 2:39.020."
    )
    (event,) = record_of(text)["events"]
    assert (event["gender"], event["distance_m"]) == ("mixed", 2000)
    assert [(r["athlete"], r["time"]["text"]) for r in event["results"]] == [
        ("Netherlands", "2:38.104"),
        ("Italy", "2:38.559"),
        ("Poland", "2:39.020"),
    ]


def test_words_that_only_look_like_races_and_a_record_holder_who_raced(record_of) -> None:
    text = (
        "Smith storms to Olympic 1,000 gold\n\nMILAN - Connor Smith skated as if the ice were tilted downhill. He "
        "broke the Olympic record and won the men's 1,000 meters in 1:06.45. Japan's Jun Sato settled for silver. "
        "The bronze went to Dutchman Thijs Bakema in 1:06.80. Canada's Alex Petrov finished fourth, two hundredths "
        "off the podium. Kjetil Brennhaug, the defending Olympic champion from Norway, never found his rhythm and "
        "finished sixth. His coach, Pieter-Jan Moll, a former Dutch marathon skater, was delighted.\n\n1:06.71 - "
        "the previous Olympic record, set by Brennhaug in 2022"
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1000
    rows = results({"events": [event]})
    assert rows["Connor Smith"]["time"]["text"] == "1:06.45"
    assert (rows["Alex Petrov"]["rank"], rows["Alex Petrov"]["time"]["text"]) == (4, "1:06.82")
    assert rows["Kjetil Brennhaug"]["rank"] == 6


def test_a_trials_headline_makes_the_trials_the_news_and_another_days_race_stays_background(record_of) -> None:
    text = (
        "Okafor wins trials 1,000; Brandt grabs third\n\nMILWAUKEE (Northwire) - Rylee Brandt watched the "
        "scoreboard break her heart four years ago. On Sunday she stared up at it again, saw a 3 next to her name "
        "and dropped to her knees.\n\nBrandt finished third "
        "in the women's 1,000 meters at the U.S. Olympic speedskating trials, edging Hannah Lisowski by four "
        "hundredths of a second.\n\nDana Okafor won the race in 1 minute, 14.62 seconds, her second victory of the "
        "trials after Friday's 500. Kelsey Marchetti was second in 1:15.09 and Brandt clocked 1:15.31.\n\n"
        "Marchetti was pleased after a fall in the 500 on Friday. Jordan Whitcombe was fifth in 1:15.80."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1000
    rows = results({"events": [event]})
    assert [(name, rows[name]["rank"], (rows[name]["time"] or {}).get("text")) for name in rows] == [
        ("Dana Okafor", 1, "1:14.62"),
        ("Kelsey Marchetti", 2, "1:15.09"),
        ("Rylee Brandt", 3, "1:15.31"),
        ("Jordan Whitcombe", 5, "1:15.80"),
        ("Hannah Lisowski", None, "1:15.35"),
    ]


def test_a_town_named_in_institutions_is_no_person_and_a_gold_medallist_ahead_won_gold(record_of) -> None:
    text = (
        "Lacombe teen skates to bronze at world junior championships\n\nMason Dueck has been skating laps behind "
        "the Lacombe Memorial Centre since he was five. The 18-year-old skating for Canada won bronze in the men's "
        "1,000 metres in one minute 9.93 seconds, finishing 0.48 seconds behind gold medallist Sem Pronk of the "
        "Netherlands. Japan's Sato Haruki, 0.21 seconds quicker than Dueck, took silver.\n\nHe trains at the "
        "Lacombe Speed Skating Club."
    )
    record = record_of(text)
    rows = results(record)
    assert [(name, rows[name]["medal"]) for name in rows] == [
        ("Sem Pronk", "gold"),
        ("Haruki Sato", "silver"),
        ("Mason Dueck", "bronze"),
    ]
    assert "Lacombe" not in {p["name"] for p in record["people"]}


def test_a_marathons_whole_second_gap_and_a_lap_length_and_a_race_named_for_another_person(record_of) -> None:
    text = (
        "Hylkema wins by a single second, Feenstra alone in women's race\n\nWEISSENSEE - Jorrit Hylkema has won the "
        "200-kilometre race on the Weissensee. Hylkema's winning time was 5:21:07; Sjoerd de Vries was one second "
        "behind. Bart Zwaagstra took third, 23 seconds behind the winner.\n\nThe race consists of 16 laps of 12.5 "
        "kilometres.\n\nIn the women's race, also over 200 kilometres, Anouk Feenstra finished alone in 5:49:12. "
        "Lieke Tjeerdsma finished second, 2 minutes 16 seconds behind."
    )
    events = record_of(text)["events"]
    assert [(e["gender"], e["distance_m"]) for e in events] == [("men", 200000), ("women", 200000)]
    men = results({"events": events[:1]})
    assert [(name, men[name]["time"]["text"]) for name in men] == [
        ("Jorrit Hylkema", "5:21:07"),
        ("Sjoerd de Vries", "5:21:08"),
        ("Bart Zwaagstra", "5:21:30"),
    ]


def test_an_allround_days_closing_distance_won_and_the_places_behind_on_points(record_of) -> None:
    text = (
        "Europeans: Lindqvist wins 5000m and first allround title\n\nShare: Facebook | X | Email\n\nElin Lindqvist "
        "is European allround champion. The 23-year-old Swede finished the job in Hamar on Sunday.\n\nLindqvist won "
        "the closing 5000m in 6:54.12 and ended on 161.204 points, ahead of Dutchwoman Noor Haverkamp (161.577) and "
        "Germany's Leonie Falk (163.018), who took bronze. Haverkamp crossed the line 1.58 seconds behind. Czech "
        "Tereza Novotná was fourth in the 5000m in 7:01.49, and Falk fifth in 7:04.66."
    )
    events = {e["event"]: results({"events": [e]}) for e in record_of(text)["events"]}
    distance, classification = events["women's 5000m"], events["women's allround classification"]
    assert (distance["Elin Lindqvist"]["time"]["text"], distance["Elin Lindqvist"]["nation"]) == ("6:54.12", "SWE")
    assert distance["Leonie Falk"]["rank"] == 5
    assert [(name, row["rank"], row["nation"]) for name, row in classification.items()] == [
        ("Elin Lindqvist", 1, "SWE"),
        ("Noor Haverkamp", 2, "NED"),
        ("Leonie Falk", 3, "GER"),
    ]


def test_a_photo_caption_names_no_race_of_the_story_and_the_texts_family_name_first_order(record_of) -> None:
    text = (
        "Speed skating-Oosterbaan edges Sakamoto\n\nSTAVANGER, Norway, Nov 16 (Northwire) - Femke Oosterbaan of the "
        "Netherlands won the women's 500 metres at the World Cup on Sunday in 37.41 seconds, ahead of Japan's "
        "Sakamoto Rina. Sakamoto finished 0.08 behind.\n\nLukas Brenninger of Austria competes in the men's 1000m "
        "in Stavanger on Saturday. (Photo by Tom Keller/Getty Images)\n\nPoland's Zofia Kaminska finished fourth, "
        "while Sakamoto's team mate Ishida Kaho was fifth in 37.70."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500
    rows = results({"events": [event]})
    assert [(name, rows[name]["rank"], rows[name]["nation"]) for name in rows][-2:] == [
        ("Zofia Kaminska", 4, "POL"),
        ("Kaho Ishida", 5, "JPN"),
    ]


def test_the_one_compared_with_and_the_last_of_the_starters(record_of) -> None:
    text = (
        "Kooistra hits back in Thialf\n\nHEERENVEEN - A rivalry is starting to look like the storyline of the "
        "Olympic winter. Kooistra, the Dutchwoman from Gorredijk, won the 1500m World Cup race in 1:54.88. Marit "
        "Solheim of Norway was second, with Annelie Brouwer third, two Dutchwomen on the podium with the Norwegian "
        "between them. The cruellest moment of the weekend belonged to Femke Kooistra's compatriot Lotte Visser, "
        "who lost an edge and crossed the line last of the 20 starters. China's Li Haoran fell on the final bend "
        "while challenging Solheim and finished fourth."
    )
    (event,) = record_of(text)["events"]
    rows = results({"events": [event]})
    assert (rows["Femke Kooistra"]["rank"], rows["Femke Kooistra"]["nation"], rows["Femke Kooistra"]["medal"]) == (
        1,
        "NED",
        None,
    )
    assert rows["Lotte Visser"]["rank"] == 20 and event["field_size"] == 20
    assert (rows["Haoran Li"]["rank"], rows["Marit Solheim"]["rank"]) == (4, 2)


def test_the_german_is_no_man_and_two_medals_given_at_a_world_tour_stop_make_it_a_medal_race(record_of) -> None:
    text = (
        "Bergmann beats Zielinska by one thousandth\n\nDRESDEN, Germany, Feb. 1 (Northwire) - Ines Bergmann won the "
        "women's 500 meters at the short track World Tour stop in Dresden on Sunday.\n\nThe German crossed the line "
        "in 42.318 seconds, 0.001 ahead of Poland's Natalia Zielińska. Dutch skater Yara Kuijpers took bronze in "
        "42.507. Zielińska, the silver medalist, had set the fastest time of the weekend in the quarterfinals."
    )
    rows = results(record_of(text))
    assert [(name, rows[name]["nation"], rows[name]["medal"], rows[name]["time"]["text"]) for name in rows] == [
        ("Ines Bergmann", "GER", "gold", "42.318"),
        ("Natalia Zielińska", "POL", "silver", "42.319"),
        ("Yara Kuijpers", "NED", "bronze", "42.507"),
    ]


def test_those_beaten_with_their_own_times_in_brackets_and_a_nations_leader_unnamed(record_of) -> None:
    text = (
        "Tremblay-Roy wins 1,000m gold at home World Tour stop after Italian leader crashes\n\nÉlodie Tremblay-Roy "
        "won the women's 1,000-metre final at the ISU Short Track World Tour stop in Montreal, crossing the line in "
        "one minute 28.914 seconds to beat South Korea's Park Ji-yoon (1:29.003) and Hanna Visser of the "
        "Netherlands (1:29.120)."
    )
    rows = results(record_of(text))
    assert [(name, rows[name]["nation"], rows[name]["time"]["text"]) for name in rows] == [
        ("Élodie Tremblay-Roy", None, "1:28.914"),
        ("Ji-yoon Park", "KOR", "1:29.003"),
        ("Hanna Visser", "NED", "1:29.120"),
    ]


def test_a_compatriot_is_no_part_of_a_name_and_silver_overall_is_the_classifications(record_of) -> None:
    text = (
        "Verhoef retains European allround title\n\nHAMAR, Norway, Jan. 11 (Northwire) - Dutch skater Marloes "
        "Verhoef retained her European allround title on Sunday, winning the closing 5,000 meters in 6:55.31 to "
        "finish on 160.112 points.\n\nCompatriot Jet Oudshoorn, second in the 5,000 and 1.90 seconds behind "
        "Verhoef, took silver overall on 160.540 points. Norway's Sigrid Helland held on for bronze."
    )
    events = {e["event"]: results({"events": [e]}) for e in record_of(text)["events"]}
    classification = events["women's allround classification"]
    assert [(name, row["rank"], row["medal"]) for name, row in classification.items()] == [
        ("Marloes Verhoef", 1, "gold"),
        ("Jet Oudshoorn", 2, "silver"),
        ("Sigrid Helland", 3, "bronze"),
    ]
    assert events["women's 5000m"]["Jet Oudshoorn"]["time"]["text"] == "6:57.21"


def test_an_elided_medal_and_the_country_a_skater_speaks_from(record_of) -> None:
    text = (
        "AMBLESIDE speed skater Ellie Marsh finished 17th of 24 in the women's 1500m at the World Single Distances "
        "Championships in Hamar on Saturday. Racing for Great Britain in the fourth pair, Marsh held her form over "
        'the final lap. "When I saw 1:59 I just screamed," she told the Herald from Norway.\n\nThe gold went to '
        "the Netherlands' Roos Vrieling in 1:53.20, with Norway's Ingeborg Tvedt taking silver in front of a home "
        "crowd and American Claire Hadley the bronze."
    )
    record = record_of(text)
    rows = results(record)
    assert (rows["Ellie Marsh"]["rank"], rows["Ellie Marsh"]["nation"]) == (17, "GBR")
    assert (rows["Claire Hadley"]["medal"], rows["Claire Hadley"]["nation"]) == ("bronze", "USA")
    assert record["events"][0]["field_size"] == 24


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisa Holm received the silver medal, Emma Lind the bronze.",
        "Lisa Holm took the silver, Emma Lind the bronze.",
        "Lisa Holm took silver and Emma Lind bronze.",
        "The silver went to Lisa Holm, the bronze to the Polish Emma Lind.",
    ],
)
def test_a_medal_after_a_name_with_its_verb_left_out_is_that_names(record_of, sentence: str) -> None:
    rows = results(record_of(OLY + "Anna Berg won in 37.04 seconds. " + sentence))
    assert (rows["Lisa Holm"]["medal"], rows["Emma Lind"]["medal"]) == ("silver", "bronze")


def test_a_medal_given_by_a_later_decision_sets_the_place(record_of) -> None:
    text = (
        "Archambault wins world 1,000m title; Hayashi disqualified\n\nMONTREAL (Northwire) - Canada's Liam "
        "Archambault won the men's 1,000 meters at the short track world championships on Sunday in 1:24.513. "
        "Japan's Rintaro Hayashi crossed the line third and was disqualified for an illegal block.\n\nThe penalty "
        "promoted Pieter Vos, who had come home fourth in 1:25.117, to bronze."
    )
    rows = results(record_of(text))
    assert (rows["Pieter Vos"]["rank"], rows["Pieter Vos"]["medal"]) == (3, "bronze")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kwon won by 0.08 seconds over Laurens Mol.",
        "Kwon won by a margin of 0.08 seconds over Laurens Mol.",
        "Kwon won by a narrow margin of 0.08 seconds from Laurens Mol.",
    ],
)
def test_the_one_a_winning_margin_is_over_is_second(record_of, sentence: str) -> None:
    rows = results(record_of("Kwon won the World Cup men's 500m in Inzell in 34.31. " + sentence))
    assert rows["Laurens Mol"]["rank"] == 2
    assert rows["Laurens Mol"]["time"] == {"text": "34.39", "seconds": 34.39, "derived": True}


def test_a_by_the_numbers_box_states_whose_value_each_number_is(record_of) -> None:
    text = (
        "By the numbers: the men's 500m\n\nKwon Tae-min of South Korea won the men's World Cup 500 metres in "
        "Inzell.\n\n34.31\nKwon's winning time, skated in the final pair.\n\n+0.24 to +0.42\nThe rest of the top "
        "10, by gap to Kwon:\n5. Tyson Reid (CAN) +0.24\n6. Nurlan Abenov (KAZ) +0.27"
    )
    rows = results(record_of(text))
    assert rows["Tae-min Kwon"]["time"]["text"] == "34.31"
    assert rows["Nurlan Abenov"]["time"] == {"text": "34.58", "seconds": 34.58, "derived": True}


def test_a_competition_between_distance_and_discipline_names_one_race(record_of) -> None:
    record = record_of("Germany's Lea Brunner won the women's 10km World Cup pursuit on Saturday in 30:12.7.")
    assert [(e["distance_m"], e["results"][0]["athlete"]) for e in record["events"]] == [(10000, "Lea Brunner")]


def test_a_pursuit_start_deficit_and_a_subordinate_subject(record_of) -> None:
    text = (
        "Lea Brunner won the women's 10km World Cup pursuit in 30:12.7. Sweden's Emma Lindahl, who set off fifth "
        "with a 31-second deficit, climbed to third, 21.5 seconds behind Brunner, while France's Camille Fournier, "
        "18.9 seconds down at the start, faded to fourth, 27.9 seconds back."
    )
    rows = results(record_of(text))
    assert (rows["Emma Lindahl"]["rank"], rows["Emma Lindahl"]["time"]["text"]) == (3, "30:34.2")
    assert (rows["Camille Fournier"]["rank"], rows["Camille Fournier"]["time"]["text"]) == (4, "30:40.6")


def test_a_later_day_of_the_meet_is_news(record_of) -> None:
    text = (
        "Okafor raced at the World Cup in Salt Lake City last weekend. In Friday's women's 1,500 meters she "
        "finished 11th in 1:56.87. The race was won by Fleur Jansma of the Netherlands in 1:55.02. Ryan Castillo "
        "finished 17th in the men's 500 meters in 35.90 on Saturday, with Tom Berg winning in 34.80."
    )
    rows = results(record_of(text))
    assert (rows["Ryan Castillo"]["rank"], rows["Tom Berg"]["rank"]) == (17, 1)


def test_a_place_at_a_distance_mark_is_mid_race(record_of) -> None:
    text = (
        "Halvard Nordhagen won the men's 5,000 metres in 6:07.92. Dutchman Sem Koopmans was second in 6:08.23. "
        "Nordhagen had been only third at the 3,000-metre mark."
    )
    assert results(record_of(text))["Halvard Nordhagen"]["rank"] == 1


def test_a_division_is_no_person(record_of) -> None:
    text = "The Division B race of the World Cup women's 1,500 meters was won by Fleur Jansma in 1:55.02."
    assert list(results(record_of(text))) == ["Fleur Jansma"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Walter Dueck died on Friday evening at 84.", "Walter Dueck", "deceased"),
        ("Walter Dueck, who coached three generations of skaters, watched from home.", "Walter Dueck", "coach"),
        ("Sawatzky trained under Walter Dueck from the age of 11.", "Walter Dueck", "coach"),
    ],
)
def test_a_role_given_by_a_verb(record_of, sentence: str, name: str, role: str) -> None:
    text = (
        "Brooke Sawatzky won the women's 1500m at the Canadian Long Track Championships in 1:56.40, with Emilie "
        "Gagnon second in 1:57.02. " + sentence + " The gold medal, she said afterwards, was his."
    )
    record = record_of(text)
    assert {p["name"]: p["role"] for p in record["people"]}[name] == role
    assert name not in results(record)


def test_a_roundups_other_sports_hold_no_results(record_of) -> None:
    text = (
        "Weekend round-up: Athletic edge the derby, Hart wins in Loughborough\n\nFOOTBALL\nNotts Athletic moved up "
        "to fourth in the Northern Counties Premier with a 2-1 win over Kingsmeadow Town.\n\nTENNIS\nElla Hart "
        "claimed the title in Loughborough, beating Maria Lindgren 6-4, 6-3 in Sunday's final.\n\nICE SKATING\n"
        "Lucy Carver led the women's 1500m final with two laps to go before her Team GB teammate Hannah Reid "
        "slipped past on the inside to take the title in 2:27.905, with Carver 0.526 seconds behind."
    )
    rows = results(record_of(text))
    assert sorted(rows) == ["Hannah Reid", "Lucy Carver"]
    assert (rows["Hannah Reid"]["rank"], rows["Lucy Carver"]["time"]["text"]) == (1, "2:28.431")


def test_a_since_clause_and_a_looking_back_paragraph_are_background(record_of) -> None:
    text = (
        "Callum Rewiti won the B final of the men's 1000m at the World Tour meet in Dordrecht, a result that ranks "
        "him sixth overall, the best by a New Zealander since Blake Tuhoe was fifth in Dresden in 2019. The A "
        "final went to Yoon Tae-gyu in 1:24.611, with Jens Kooistra second.\n\nLooking back: Last season's 1,000s "
        "were split among a handful of names. Vermeulen won three of them, and Japan's Ryota Ishikawa won in "
        "Heerenveen."
    )
    rows = results(record_of(text))
    assert rows["Callum Rewiti"]["rank"] == 6
    assert "Blake Tuhoe" not in rows and "Ryota Ishikawa" not in rows


def test_a_betting_preview_reports_no_events(record_of) -> None:
    text = (
        "Speed skating betting tips: Wang the one to beat in Tomaszow\n\nWomen's 500m. Wang Xiaoyu was untouchable "
        "at Thialf, winning in 37.62, and is now 6/4 to do it again. Sanne Hulshof was second in Heerenveen."
    )
    assert record_of(text)["events"] == []


def test_taking_the_other_genders_race_opens_it(record_of) -> None:
    text = (
        "Kenta Mori of Japan won the men's 500 meters in 33.79 seconds at a World Cup meet Saturday, and Dutch "
        "skater Noor Brandsma took the women's race at the Olympic Oval. Brandsma finished in 36.88, 0.11 ahead "
        "of South Korea's Lee Na-yeon."
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {"men's 500m": ["Kenta Mori"], "women's 500m": ["Noor Brandsma", "Na-yeon Lee"]}


def test_a_run_on_list_goes_on_after_a_tie(record_of) -> None:
    text = (
        "Kenta Mori won the men's 500 meters at the World Cup in Calgary.\n\nMen\n500 Meters\n\n1. Kenta Mori, "
        "Japan, 33.79. 2. Cole Ridley, United States, 33.85. 3. Ruben Oosterhuis, Netherlands, 33.97. 4. (tie) "
        "Piotr Mazur, Poland, 34.02; and Hyun Seung-woo, South Korea, 34.02. 6. Daichi Fujimoto, Japan, 34.06."
    )
    assert results(record_of(text))["Daichi Fujimoto"]["rank"] == 6


def test_a_target_time_and_an_approximate_margin_are_no_results(record_of) -> None:
    text = (
        "Sindre Haugland won the World Cup men's 10,000 metres in Hamar in 13:04.71. Bart Wielinga was second, "
        "beaten by more than 11 seconds. Haugland had needed to finish inside 13:10.28."
    )
    rows = results(record_of(text))
    assert rows["Sindre Haugland"]["time"]["text"] == "13:04.71"
    assert rows["Bart Wielinga"]["time"] is None


def test_a_race_to_come_in_a_when_clause_keeps_the_story(record_of) -> None:
    text = (
        "Kim Seo-yeon of South Korea won the women's 500m at the world championships in 36.74. Canada's Ivy Chen "
        "finished fourth. Her coach said she would be fine by Sunday, when she races the 1000m.\n\nLotte Verbaan "
        "of the Netherlands came fifth in 37.04."
    )
    assert results(record_of(text))["Lotte Verbaan"]["rank"] == 5


def test_a_given_name_used_alone_keeps_a_western_name_in_order(record_of) -> None:
    text = (
        "Japan's Sato Mio won the World Cup women's 1500m in Tomaszow in 1:54.09, ahead of Germany's Jutta Kramer "
        "in 1:54.40.\n\nWhen did you know you had won?\n\nI saw Jutta cross in 1:54.40 and I thought, maybe. Sato "
        "said Jutta was strong."
    )
    assert "Jutta Kramer" in results(record_of(text))


def test_a_gap_away_from_the_bronze_gives_no_medal(record_of) -> None:
    text = (
        "Sanne Hoekstra won the women's 1500m at the world championships in 1:54.02. Maude Gervais took bronze in "
        "1:55.68. Eleanor Marchant finished fifth, 0.19sec away from the bronze."
    )
    marchant = results(record_of(text))["Eleanor Marchant"]
    assert (marchant["rank"], marchant["medal"]) == (5, None)
    assert marchant["time"] == {"text": "1:55.87", "seconds": 115.87, "derived": True}


def test_the_subject_of_a_when_clause_does_not_own_the_time_before_it(record_of) -> None:
    text = (
        "Sanne Hoekstra won the women's 1500m at the world championships in 1:54.02. Norway's Ingrid Tveit was "
        "0.41sec slower for silver, and Canada's Maude Gervais held on to the bronze in 1:55.68 when Japan's "
        "Haruka Onishi, in the final pair, tied up on the last lap."
    )
    rows = results(record_of(text))
    assert rows["Maude Gervais"]["time"]["text"] == "1:55.68"
    assert "Haruka Onishi" not in rows


def test_a_medal_that_went_to_someone_is_theirs(record_of) -> None:
    text = (
        "Dutchman Wesley Dijkstra won the men's mass start at the World Cup in Astana with a time of 7:51.90, while "
        "the silver went to Lee Seung-min of South Korea."
    )
    rows = results(record_of(text))
    assert (rows["Wesley Dijkstra"]["rank"], rows["Wesley Dijkstra"]["medal"]) == (1, None)
    assert (rows["Seung-min Lee"]["rank"], rows["Seung-min Lee"]["medal"]) == (2, "silver")


def test_an_allround_championship_tells_its_distance_from_its_classification(record_of) -> None:
    text = (
        "HAMAR (Reuters) - Norway's Sander Eikrem was crowned world allround champion on Sunday, finishing second "
        "behind Dutchman Thijs Oudkerk in the closing 10,000 metres.\n\nThe Dutchman posted 12:51.44, but the "
        "Norwegian stopped the clock at 12:55.07, good enough for the distance silver and the title.\n\nOudkerk "
        "climbed to silver in the overall standings, while Italy's Matteo Zanin held on to bronze despite fading "
        "in the 10,000, where his 13:10.62 left him sixth.\n\nVojtech Kral of the Czech Republic took bronze on "
        "the distance in 12:58.30, which lifted him to fifth overall."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    overall = {r["athlete"]: (r["rank"], r["medal"]) for r in events["men's allround classification"]["results"]}
    distance = {r["athlete"]: (r["rank"], r["medal"]) for r in events["men's 10000m"]["results"]}
    assert overall["Sander Eikrem"] == (1, "gold") and overall["Thijs Oudkerk"] == (2, "silver")
    assert overall["Matteo Zanin"] == (3, "bronze") and overall["Vojtech Kral"] == (5, None)
    assert distance["Thijs Oudkerk"][0] == 1 and distance["Sander Eikrem"] == (2, "silver")
    assert distance["Vojtech Kral"] == (3, "bronze") and distance["Matteo Zanin"] == (6, None)


def test_a_short_track_championship_gives_medals_per_distance_and_overall(record_of) -> None:
    text = (
        "(ANSA) - DRESDEN - Italy's Giulia Marchetti won gold in the women's 500m at the short track European "
        "Championships in Dresden on Sunday and also took silver in the overall standings.\n\nShe won the final in "
        "42.655 ahead of Dutch skater Yara Veltkamp (42.701) and Hungary's Zsofia Balint, who took the bronze. "
        "Veltkamp took the overall European title with 81 points, ahead of Marchetti on 73 and Balint, who "
        "finished third overall."
    )
    first, second = record_of(text)["events"]
    assert first["distance_m"] == 500
    assert [(r["athlete"], r["rank"], r["medal"]) for r in first["results"]] == [
        ("Giulia Marchetti", 1, "gold"),
        ("Yara Veltkamp", 2, "silver"),
        ("Zsofia Balint", 3, "bronze"),
    ]
    assert {r["athlete"]: r["medal"] for r in second["results"]} == {
        "Yara Veltkamp": "gold",
        "Giulia Marchetti": "silver",
        "Zsofia Balint": "bronze",
    }


def test_a_clause_after_but_this_time_and_a_dead_heat_announced_for_later(record_of) -> None:
    text = (
        "Voss wins national title\n\nTyler Voss won the men's 1,000 meters at the U.S. Championships in 1 minute, "
        "8.77 seconds, relegating defending champion Marcus Leigh to second. Leigh won this title a year ago in "
        "1:08.14 but had to settle for 1:09.02 this time. Evan Oyelaran and Cody Brandvold were both timed in "
        "1:09.40, and officials said both will be listed in third place. About 40 members of his old club wore "
        'homemade "VOSS" T-shirts.'
    )
    record = record_of(text)
    rows = results(record)
    assert (rows["Marcus Leigh"]["rank"], rows["Marcus Leigh"]["time"]["text"]) == (2, "1:09.02")
    assert rows["Evan Oyelaran"]["time"]["text"] == rows["Cody Brandvold"]["time"]["text"] == "1:09.40"
    assert "T-shirts" not in [p["name"] for p in record["people"]]


def test_a_nation_description_is_not_someone_described_by_another_nation(record_of) -> None:
    text = (
        "Saether wins in Stavanger\n\nRagnhild Saether of Norway has won the 3000 metres at the World Cup. The "
        "Norwegian, skating in the final pair against Merel Bosma, crossed the line in 3:58.21 and relegated the "
        "Dutchwoman to second place. Bosma finished in 3:58.90."
    )
    rows = results(record_of(text))
    assert (rows["Ragnhild Saether"]["rank"], rows["Merel Bosma"]["rank"]) == (1, 2)


@pytest.mark.parametrize(
    ("text", "distances"),
    [
        ("Notebook\n\nJapan's Kobayashi Haruto was fourth in Saturday's men's 500m in 34.52.", [500]),
        ("Notebook\n\nNorway's Ola Rygg finished 11th of 16 in the men's 5000m in 6:21.05.", [5000]),
        ("Notebook\n\nNorway's Ola Rygg finished 11th in the men's 5000m.", []),
        (
            "Notebook\n\nGiulia Ferraresi won the women's 100m butterfly final in 56.71 with Reka Balogh second. "
            "Ferraresi was only fifth-fastest in the heats (58.02).",
            [100],
        ),
    ],
)
def test_a_lone_place_is_news_with_its_time(record_of, text: str, distances: list[int]) -> None:
    assert [e["distance_m"] for e in record_of(text)["events"]] == distances


def test_a_gallery_of_captions_is_the_story(record_of) -> None:
    text = (
        "In pictures: the World Championships in Hamar\n\n1/3 Norway's Havard Lien celebrates after winning the "
        "men's 5000m world title in 6:08.44. (Photo: Kari Nygaard)\n\n2/3 Poland's Kacper Mazur slides into the "
        "padding after falling. (Photo: Tom Verhulst)\n\n3/3 Canada's Ellie Dubois (left) and Japan's Morita Saki "
        "skate the women's 1500m in the same pair; Dubois took bronze, Morita finished fifth. (Photo: Siri Lunde)"
    )
    events = record_of(text)["events"]
    assert [(r["athlete"], r["time"]["text"]) for r in events[0]["results"]] == [("Havard Lien", "6:08.44")]
    assert {r["athlete"]: r["rank"] for r in events[1]["results"]} == {"Ellie Dubois": 3, "Saki Morita": 5}


def test_a_sweep_places_the_people_it_lists_and_a_gap_goes_to_the_one_pushed_down(record_of) -> None:
    text = (
        "Novakova wins\n\nCzech Tereza Novakova won the women's 3,000 metres at the World Cup on Sunday, finishing in "
        "3:57.06 to push Dutch favourite Merel Dijkstra into second by 1.21 seconds.\n\nEarlier, Dutch skaters went "
        "one-two-three in the men's 1,500m, with Bram Hoekstra (1:43.88) ahead of Thijs Wolters (+0.12) and Sem "
        "de Graaf (+0.35)."
    )
    women, men = record_of(text)["events"]
    assert {r["athlete"]: r["time"]["text"] for r in women["results"]}["Merel Dijkstra"] == "3:58.27"
    assert [(r["athlete"], r["nation"], r["rank"], r["time"]["text"]) for r in men["results"]] == [
        ("Bram Hoekstra", "NED", 1, "1:43.88"),
        ("Thijs Wolters", "NED", 2, "1:44.00"),
        ("Sem de Graaf", "NED", 3, "1:44.23"),
    ]


def test_a_race_still_to_come_beside_a_result_is_not_its_race(record_of) -> None:
    text = (
        "Sorensen wins 7.5km sprint in Antholz\n\nNorway's Sigrid Sorensen won the women's 7.5-kilometer World Cup "
        "sprint on Friday in 20:14.6. France's Lea Marchand finished 8.3 seconds back in second.\n\nOverall World "
        "Cup leader Vanessa Hoff of Germany missed four targets and finished 31st of 98 starters, but keeps the "
        "yellow bib going into Sunday's pursuit."
    )
    (event,) = record_of(text)["events"]
    assert {r["athlete"]: r["rank"] for r in event["results"]}["Vanessa Hoff"] == 31


def test_a_venue_after_a_name_in_the_headline_is_no_part_of_it(record_of) -> None:
    text = (
        "Perfect shooting gives Solbakken Oberhof sprint win\n\nOberhof (GER), 8 January 2026\n\nIngrid Solbakken "
        "of Norway won the women's 7.5 km sprint in Oberhof on Thursday in 20:41.3. Lea Brunner of Germany was "
        "second, 12.6 seconds back."
    )
    record = record_of(text)
    assert [r["athlete"] for r in record["events"][0]["results"]] == ["Ingrid Solbakken", "Lea Brunner"]
    assert record["people"] == []


def test_a_flash_of_a_european_title_for_a_nation(record_of) -> None:
    text = (
        "FLASH: Bakker European champion on the 500 metres\n\nJorien Bakker has won the European title on the "
        "women's 500 metres for the Netherlands. She clocked 37,62, 0,09 ahead of Poland's Zofia Wojcik. Bronze went "
        "to Bakker's teammate Lotte Smit (37,80). Marit ten Brink, last year's winner, was sixth this time."
    )
    rows = results(record_of(text))
    assert (rows["Jorien Bakker"]["nation"], rows["Jorien Bakker"]["medal"]) == ("NED", "gold")
    assert (rows["Lotte Smit"]["nation"], rows["Lotte Smit"]["medal"]) == ("NED", "bronze")
    assert rows["Zofia Wojcik"]["medal"] == "silver" and rows["Marit ten Brink"]["rank"] == 6


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Dutchman Stijn van den Bosch took the men's 1,000m title in 1:07.21.", "Stijn van den Bosch", 1),
        (
            "Zofia Kaczmarek crossed the line in 1:14.88, 0.21 seconds faster than her Dutch rival, who had to settle "
            "for second.",
            "Zofia Kaczmarek",
            None,
        ),
    ],
)
def test_who_a_sentence_places(record_of, sentence: str, athlete: str, rank: int | None) -> None:
    text = "Speed skating\n\nThe World Cup 1000m was held in Inzell. Mia Sand was fourth in 1:15.20. " + sentence
    assert results(record_of(text))[athlete]["rank"] == rank


def test_the_one_a_winner_beat_by_a_margin_is_second(record_of) -> None:
    text = (
        "Ferland edges Aasen\n\nCanada's Luc Ferland won the men's 1,000 in 1:08.19, beating Norway's Sindre Aasen "
        "by 0.03. Kazakhstan's Timur Bekov was third. The track record of 1:06.91, set by Ferland's countryman Denis "
        "Boucher in 2019, was never threatened.\n\nIn the women's 5000m Jildou Westra won bronze in 6:54.07, holding "
        "off her teammate Merel Brouwer by two hundredths of a second."
    )
    men, women = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["time"]["text"] if r["time"] else None) for r in men["results"]] == [
        ("Luc Ferland", 1, "1:08.19"),
        ("Sindre Aasen", 2, "1:08.22"),
        ("Timur Bekov", 3, None),
    ]
    assert {r["athlete"]: r["rank"] for r in women["results"]}["Merel Brouwer"] is None


def test_a_time_stated_for_one_of_two_coordinated_athletes_is_that_ones(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm and Emma Lind finished fifth and seventh, with Holm timed in 37.89."
    rows = results(record_of(text))
    assert rows["Lisa Holm"]["time"]["text"] == "37.89" and rows["Emma Lind"]["time"] is None


def test_a_gap_with_no_one_named_is_to_the_time_its_sentence_stated(record_of) -> None:
    text = WC + (
        "Anna Berg won in 37.04. Lisa Holm beat Emma Lind to fourth in 37.61, Lind coming home seven hundredths of a "
        "second down. Ida Vik was 0.90 behind the winner."
    )
    rows = results(record_of(text))
    assert rows["Emma Lind"]["time"]["text"] == "37.68" and rows["Ida Vik"]["time"]["text"] == "37.94"


def test_the_competition_of_the_first_results_is_the_reports(record_of) -> None:
    text = (
        "Okafor wins 1,000\n\nDana Okafor won the women's 1,000 meters at the U.S. Olympic speedskating trials in "
        "1:14.62. Kelsey Marchetti was second in 1:15.09 and Rylee Brandt third in 1:15.31. Marchetti's best World "
        "Cup result this season was fourth, and Brandt earned her spot on the fall World Cup circuit. Okafor "
        "skipped the World Cup in Calgary."
    )
    assert {r["nation"] for r in results(record_of(text)).values()} == {"USA"}


@pytest.mark.parametrize(
    ("text", "competition"),
    [
        (
            "Haugland beats Olympic standard in Hamar selection race\n\nHAMAR - Sindre Haugland skated the 5000 "
            "metres in 6:14.38 in the Norwegian selection race on Saturday. Eirik Nygard was second in 6:17.95 and "
            "Peder Strand was third in 6:21.40. Haugland will skate at the Olympics in February, his first Olympics.",
            "Norwegian selection race",
        ),
        (
            "Takahashi wins as Japan names Olympic team\n\nTakahashi Mio won the women's 500 meters at the national "
            "Olympic selection competition on Saturday in 37.81. Sato Rina was second in 37.95 and Fujimoto Aya "
            "third in 38.02. Takahashi skated at the Olympics in Beijing. The Olympics open in February.",
            "national Olympic selection competition",
        ),
        (
            "Tremblay wins 1,000 at Canadian short track trials\n\nMONTREAL - Elodie Tremblay won the women's "
            "1,000 metres on the final day of the Canadian short track trials in 1:29.114. Kiara Lam was second and "
            "Sophie Marchetti third. The Olympics in Milan are two months away.",
            "Canadian short track trials",
        ),
    ],
)
def test_a_national_selection_race_of_the_first_results_is_the_reports_whatever_the_olympics(
    record_of, text: str, competition: str
) -> None:
    (event,) = record_of(text)["events"]
    assert event["competition"]["name"] == competition
    assert [r["medal"] for r in event["results"]] == [None, None, None]


def test_a_group_aimed_at_and_the_world_cup_final_name_no_round(record_of) -> None:
    text = (
        "Strickland wins B group at World Cup Final, sets sights on the A group\n\nSkating in the B group of the "
        "men's 1,000 meters at the World Cup Final, Evan Strickland of the United States won in 1:08.92. Timur "
        "Seitov of Kazakhstan was third in 1:09.40.\n\nThe A group was won by Dutchman Rik Verbruggen in 1:07.65."
    )
    b_group, a_group = record_of(text)["events"]
    assert [r["athlete"] for r in b_group["results"]] == ["Evan Strickland", "Timur Seitov"]
    assert [r["athlete"] for r in a_group["results"]] == ["Rik Verbruggen"]


def test_a_nation_of_onlookers_is_nobodys(record_of) -> None:
    text = (
        "Strickland wins\n\nEvan Strickland won the men's 1,000 meters in 1:08.92.\n\n"
        '"The Dutch people around us were very nice about it," he said.'
    )
    assert results(record_of(text))["Evan Strickland"]["nation"] is None


def test_a_bare_infinitive_in_the_lede_tells_of_nothing_to_come(record_of) -> None:
    text = (
        "Nishimura lowers world record\n\nCALGARY - Ayaka Nishimura made the Olympic Oval's famously fast ice look "
        "slow for everyone else on Saturday.\n\nThe Japanese sprinter lowered her own world record to 1:11.52 in "
        "the women's 1,000 metres at the world single distances championships. Roos Dekker of the Netherlands won "
        "bronze in 1:12.40."
    )
    (event,) = record_of(text)["events"]
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Ayaka Nishimura": "1:11.52",
        "Roos Dekker": "1:12.40",
    }


def test_a_race_named_by_its_title_alone_takes_its_distance_not_an_earlier_days(record_of) -> None:
    text = (
        "Rozendaal skates junior world record to 1500m world title\n\nSalt Lake City, 2 March 2025 – Thijs "
        "Rozendaal is junior world champion over 1500 metres. On the last day of the World Junior Championships, "
        "the 18-year-old Dutchman clocked 1:43.09, a junior world record.\n\nSilver went to Japan's Mori Haruto in "
        "1:43.55. American Caden Moore took bronze in 1:44.20.\n\nOn Saturday Mila Jansen lowered the women's "
        "3000m junior record to 4:01.88 on her way to the title."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], event["gender"]) == (1500, "men")
    assert [r["time"]["text"] for r in event["results"]] == ["1:43.09", "1:43.55", "1:44.20"]


def test_a_double_given_name_used_alone_is_no_family_name_and_a_flag_names_its_team(record_of) -> None:
    text = (
        "Thread: Day 2 at the Four Continents Championships, Quebec City \U0001f1e8\U0001f1e6\n\n1/ GOLD for our "
        "women's team pursuit!!! Emilie Roy, Jordyn Kask and Sarah-Lynn Mercer stop the clock at 2:57.36. "
        "\U0001f1ef\U0001f1f5 Japan takes silver, 0.81 back.\n\n2/ BRONZE for Sarah-Lynn Mercer in the women's "
        "3000m in 4:02.19 and a new PB! Second podium of the day for Sarah-Lynn."
    )
    pursuit, distance = record_of(text)["events"]
    assert [r["athlete"] for r in pursuit["results"]] == ["Canada", "Japan"]
    assert [r["athlete"] for r in distance["results"]] == ["Sarah-Lynn Mercer"]


def test_a_surname_alone_that_opens_with_a_particle_shows_no_gender(record_of) -> None:
    text = "Allround\n\nIn the women's 500m, Van Dalen won in 38.10 and Anna Berg was second in 38.25."
    assert "Van Dalen" in results(record_of(text))


def test_the_overall_standings_of_national_trials_are_their_classification_whatever_world_cup_is_named(
    record_of,
) -> None:
    text = (
        "Park tops short track trials\n\nSEOUL -- Park Seong-jun has topped the national team selection trials.\n\n"
        "Park finished first in the men's overall standings with 102 points after the final round of the trials on "
        "Sunday. Kim Do-yun was second with 81 points, and Lee Seung-min third with 76 points.\n\n"
        '"I want to prove myself at the World Cup," Park said.'
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] is None
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [
        ("Seong-jun Park", 1),
        ("Do-yun Kim", 2),
        ("Seung-min Lee", 3),
    ]


def test_a_crystal_globe_is_the_seasons_standings_not_a_race(record_of) -> None:
    text = (
        "Sun clinches crystal globe\n\nGDANSK -- Sun Jiahao of China finished second in the men's 500m final at "
        "the World Tour final on Sunday in 40.855, behind Kazakhstan's Nurlan Abenov in 40.812.\n\nThe women's "
        "overall crystal globe went to Canada's Emilie Bouchard, who had already secured the title."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500 and "Emilie Bouchard" not in results(record_of(text))


def test_a_place_that_would_be_enough_is_no_place(record_of) -> None:
    text = (
        "Tsuchiya wins\n\nRina Tsuchiya won the women's 1000m at the World Cup Final in 1:14.18, edging Esmee "
        "Roelofs in 1:14.45. Natalia Wrona knew that an eighth place would be enough and was fifth in 1:14.90."
    )
    assert results(record_of(text))["Natalia Wrona"]["rank"] == 5


def test_a_points_total_before_the_next_number_of_a_run_is_no_place(record_of) -> None:
    text = (
        "World Cup Final\n\nYuna Hamasaki of Japan won the women's 1,000 meters in 1:12.48.\n\nResults: 1. Yuna "
        "Hamasaki, Japan, 1:12.48. 2. Brittany Kessler, United States, 1:12.77.\n\nFinal World Cup standings: 1. "
        "Brittany Kessler, United States, 612 points. 2. Yuna Hamasaki, Japan, 598. 3. Lee Ha-eun, South Korea, 540."
    )
    assert all(r["rank"] in (1, 2) for r in record_of(text)["events"][0]["results"])


def test_a_skate_off_is_a_round_that_awards_no_medal(record_of) -> None:
    text = (
        "Brennan wins skate-off\n\nMILWAUKEE -- Kayla Brennan beat Madison Hale in a one-race skate-off in the "
        "women's 500 meters for the last place on the U.S. Olympic team, stopping the clock at 38.02. Hale "
        "finished 0.17 seconds behind. The Milan Cortina Olympics start next month."
    )
    (event,) = record_of(text)["events"]
    assert (event["round"], event["results"][0]["medal"]) == ("skate-off", None)


@pytest.mark.parametrize(
    "text",
    [
        "Club digest\n\nLONG TRACK — State Championships, Roseville\nElla Brandvold finished second in the women's "
        "1000m in 1:25.40, just 0.31 behind Hailey Snow.\n\nSHORT TRACK — Great Lakes Open, Milwaukee\nMia "
        "Castellanos was runner-up in the women's 1000m A final in 1:41.203.",
        "Club digest\n\nLONG TRACK — Ella Brandvold finished second in the women's 1000m in 1:25.40, just 0.31 "
        "behind Hailey Snow.\n\nSHORT TRACK — Mia Castellanos was runner-up in the women's 1000m A final in "
        "1:41.203.",
    ],
)
def test_a_sport_in_capitals_before_a_dash_opens_its_own_section(record_of, text: str) -> None:
    long_track, short_track = record_of(text)["events"]
    assert (long_track["sport"], short_track["sport"]) == ("speed skating", "short track")
    assert [r["athlete"] for r in short_track["results"]] == ["Mia Castellanos"]


def test_the_world_cup_of_the_lede_outweighs_the_olympics_its_quotas_are_for(record_of) -> None:
    text = (
        "Van Rooijen wins in Salt Lake City\n\nSALT LAKE CITY - Dutchman Thijs "
        "van Rooijen won the men's 5,000 metres at the World Cup in Salt Lake City on Sunday in 6:05.44. Davide "
        "Bressan of Italy took silver in 6:06.02, and Norway's Sigurd Lien was third in 6:06.90.\n\nQuota places "
        "for the Olympic 5000m, which will have a field of 20, are handed out through a special ranking. Bressan's "
        "result, combined with Andrea Colombo's seventh place, moved Italy up. The pressure of a home Olympics is "
        "growing."
    )
    (event,) = record_of(text)["events"]
    assert event["sport"] == "speed skating"
    assert [r["medal"] for r in event["results"][:3]] == [None, "silver", None]


def test_the_seasons_standings_set_no_other_time_for_the_next_sentence(record_of) -> None:
    text = (
        "Park lifts globe\n\nOn the men's side the overall globe went to Park Ji-hoon. The South Korean came into "
        "the men's 1500m final with a slender lead over China's Liu Haoran, who won in 2:14.332. Park was second "
        "in 2:14.401."
    )
    (event,) = record_of(text)["events"]
    assert [r["athlete"] for r in event["results"]] == ["Haoran Liu", "Ji-hoon Park"]


def test_a_race_named_at_another_kind_of_competition_is_background(record_of) -> None:
    text = (
        "Tremblay-Roy wins 1,000 at Canadian short track trials\n\nMONTREAL - Elodie Tremblay-Roy won the women's "
        "1,000-metre A final at the Canadian short track trials on Sunday in 1:29.873. Kiara Lam finished second "
        "in 1:29.951, while Sophie Marchetti was third in 1:30.110.\n\nLea Gauthier is already on the team, having "
        "been pre-selected after winning bronze in the 1,000 at the world championships in March."
    )
    rows = results(record_of(text))
    assert "Lea Gauthier" not in rows and rows["Sophie Marchetti"]["medal"] is None


def test_a_headline_naming_the_games_a_team_is_named_for_gives_its_race_no_medals(record_of) -> None:
    text = (
        "Takahashi sprints to 500-meter win as Japan names Olympic speed skating team\n\nNAGANO - Takahashi Mio won "
        "the women's 500 meters at the national Olympic selection competition on Saturday in 37.71. Ishikawa Kaho "
        "was second in 37.89 and Fujimoto Rina third in 38.02."
    )
    (event,) = record_of(text)["events"]
    assert [r["medal"] for r in event["results"]] == [None, None, None]


def test_a_team_named_before_its_skaters_with_a_dash(record_of) -> None:
    text = (
        "Dutch win mixed relay\n\nThe Netherlands won the mixed 2,000-meter relay final in 2:38.411, with South Korea "
        "second in 2:38.590. The U.S. team — Kyle Brennan, Maddie Ortiz, Grace Whitfield and Tyler Oakes — crossed the "
        "line third in 2:39.702."
    )
    (event,) = record_of(text)["events"]
    usa = event["results"][2]
    assert event["distance_m"] == 2000 and usa["athlete"] == "United States" and usa["time"]["text"] == "2:39.702"
    assert usa["members"] == ["Kyle Brennan", "Maddie Ortiz", "Grace Whitfield", "Tyler Oakes"]


def test_a_team_race_takes_the_distance_named_with_its_discipline(record_of) -> None:
    text = (
        "Brennan brings home bronze in mixed relay\n\nKyle Brennan skated the anchor leg for the United States in the "
        "mixed 2,000-meter relay. The Netherlands won the final in 2:38.411, with South Korea second in 2:38.590."
    )
    assert [e["distance_m"] for e in record_of(text)["events"]] == [2000]


def test_a_possessor_of_the_subject_is_who_he_is(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm's weekend was quieter. She finished 11th in 38.31."
    assert results(record_of(text))["Lisa Holm"]["rank"] == 11


def test_splits_listed_after_a_split_are_no_race_and_the_distance_is_the_race(record_of) -> None:
    text = (
        "Solheim world allround champion\n\nKaja Solheim won the world allround title with 155.128 points.\n\n"
        "THE 1500M\n\nSolheim went through 300m in 25.9 and 700m in 52.6, and held on to clock 1:52.10 for the "
        "distance gold. Esther Wijnands was fourth in 1:53.05.\n\nTHE FINAL RANKING\n\nBehind Solheim, Wijnands "
        "finished fourth overall with 156.363. Japan's Haruna Tanabe was sixth."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    assert [r["athlete"] for r in events["women's 1500m"]["results"]] == ["Kaja Solheim", "Esther Wijnands"]
    assert {r["athlete"]: r["rank"] for r in events["women's allround classification"]["results"]} == {
        "Kaja Solheim": 1,
        "Esther Wijnands": 4,
        "Haruna Tanabe": 6,
    }


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("In the last pair Anna Berg won that duel with Lisa Holm in 38.02.", None),
        ("Anna Berg won the pair against Lisa Holm in 38.02.", None),
        ("Anna Berg won the race in 38.02.", 1),
    ],
)
def test_a_duel_within_a_race_is_no_win(record_of, sentence: str, rank: int | None) -> None:
    assert results(record_of(WC + sentence))["Anna Berg"]["rank"] == rank


def test_an_ordinal_before_a_gendered_distance_names_a_run(record_of) -> None:
    text = (
        "Pike bounces back\n\nOne day after a stumble cost him the first 500 metres, Jordan Pike was back on top on "
        "Sunday. The American took the gold in the second men's 500m of the weekend in 34.48. Dutchman Wesley Mulder "
        "took the bronze in 34.61."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], event["gender"]) == (500, "men") and event["results"][0]["time"]["text"] == "34.48"


def test_a_luge_team_relay_is_mixed_and_a_crew_in_brackets_races_for_its_nation(record_of) -> None:
    text = (
        "Germany retain team relay title\n\nIn the team relay, Lina Vogel handed over to Felix Maurer, and Jonas "
        "Reiter and Tim Albrecht brought Germany home in 3:12.486. Austria's Magdalena Pichler led off for her team. "
        "Austria (Pichler, Stefan Gruber, and doubles Martin Eder and Florian Wallner) were 0.201 seconds back for "
        "silver."
    )
    (event,) = record_of(text)["events"]
    assert event["gender"] == "mixed"
    assert [(r["athlete"], r["time"]["text"]) for r in event["results"]] == [
        ("Germany", "3:12.486"),
        ("Austria", "3:12.687"),
    ]


def test_a_pursuit_trio_and_the_pursuit_final_are_the_team_pursuit(record_of) -> None:
    text = (
        "How Norway's pursuit trio struck gold\n\nThe Norwegian trio crossed the line in 3:37.95 to win the men's team "
        "pursuit at the Olympics. In the women's 5000m, Ragnhild Tveit - whose partner Kvam was warming up for the "
        "pursuit final at the time - took bronze. Gold went to Karolina Novakova of the Czech Republic in 6:49.11."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    assert set(events) == {"men's team pursuit", "women's 5000m"}
    assert events["women's 5000m"]["results"][-1]["athlete"] == "Karolina Novakova"


def test_passing_times_in_a_row_are_no_result_but_the_last(record_of) -> None:
    text = (
        "Japan's pursuit team smashes track record\n\nIn the women's team pursuit, Japan won in 2:56.48 ahead of the "
        "Netherlands in 2:57.50.\n\nJapan: 20.1 - 51.0 - 1:22.1 - 1:53.4 - 2:24.8 - 2:56.48\n"
        "Netherlands: 20.4 - 51.5 - 1:22.5 - 1:53.7 - 2:25.5 - 2:57.50"
    )
    (event,) = record_of(text)["events"]
    assert [r["time"]["text"] for r in event["results"]] == ["2:56.48", "2:57.50"]


def test_a_technique_before_a_team_discipline_is_no_race_of_its_own(record_of) -> None:
    text = (
        "Kowal, Dunn second in team sprint\n\nAnna Kowal and Hailey Dunn put the U.S. on the podium Sunday, "
        "finishing second in the freestyle team sprint. Sweden won in 18:42.57. Norway were third."
    )
    (event,) = record_of(text)["events"]
    assert event["event"] == "women's team sprint"  # the gender its members' given names tell
    assert {r["athlete"]: r["rank"] for r in event["results"]} == {"United States": 2, "Sweden": 1, "Norway": 3}


def test_a_team_pursuit_over_its_distance_with_teams_from_the_headline_and_after_for(record_of) -> None:
    text = (
        "Canadian men smash national record on way to pursuit gold\n\nLiam Osei, Noah Falkner and Declan Marsh won "
        "the men's team pursuit at the Four Continents Championships on Saturday, stopping the clock at three "
        "minutes 35.82 seconds over the eight-lap, 3,200-metre distance. Kurosawa Ren, Ueda Sota and Hamano Kaito "
        "covered the distance in 3:38.90 for Japan to take bronze.\n\nFalkner came back an hour after the pursuit to "
        "take silver in the men's 1,000m, 0.19 seconds behind South Korea's Sung Ji-hoon, who won in 1:07.12."
    )
    pursuit, sprint = record_of(text)["events"]
    assert (pursuit["event"], pursuit["distance_m"]) == ("men's 3200m team pursuit", 3200)
    assert [(r["athlete"], r["time"]["text"]) for r in pursuit["results"]] == [
        ("Canada", "3:35.82"),
        ("Japan", "3:38.90"),
    ]
    assert {r["athlete"]: r["medal"] for r in sprint["results"]}["Noah Falkner"] == "silver"


def test_a_race_in_an_after_clause_and_an_earlier_race_the_headline_reports(record_of) -> None:
    text = (
        "Canada's women strike relay gold after Dufresne's 1,000m win\n\nTwenty minutes after winning the women's "
        "1,000 metres on Sunday at the World Tour stop in Montreal, Camille Dufresne anchored Canada to gold in the "
        "women's 3,000m relay.\n\nDufresne, Maelle Ouellet, Jordan Piercey and Kaitlyn Boudreau crossed in four "
        "minutes 4.318 seconds. China took bronze in 4:05.871.\n\nEarlier, Dufresne had led from the front to take "
        "1,000m gold, crossing in 1:29.775. Korea's Park Seo-yeon took silver, 0.09 back."
    )
    events = {e["distance_m"]: e for e in record_of(text)["events"]}
    assert [(r["athlete"], r["time"]["text"]) for r in events[3000]["results"]] == [
        ("Canada", "4:04.318"),
        ("China", "4:05.871"),
    ]
    assert [(r["athlete"], r["time"]["text"]) for r in events[1000]["results"]] == [
        ("Camille Dufresne", "1:29.775"),
        ("Seo-yeon Park", "1:29.865"),
    ]


def test_a_whose_aside_names_no_race_of_the_story(record_of) -> None:
    text = WC + (
        'Sanne Wolters won in 38.02. "The 500 is only the beginning," said Wolters, whose only previous '
        "international podium was a bronze in the World Cup mass start in Tomaszow. Joy Hoekstra was fourth in 38.30."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500 and results(record_of(text))["Joy Hoekstra"]["rank"] == 4


def test_standings_part_way_and_points_are_no_results(record_of) -> None:
    text = (
        "Kvamme leads after day one\n\nIda Kvamme of Norway won the women's 3000m at the European Allround "
        "Championships in 4:01.87. Joy Hoekstra was second in 4:02.33 and Italy's Elisa Marchetti third in 4:03.10, "
        "with Nikola Sedlackova 0.05 slower in fourth.\n\nAfter two distances, Kvamme leads the allround "
        "classification on 78.461 points. Hoekstra is second on 78.688, with Sedlackova third on 79.006."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 3000
    assert {r["rank"]: r["time"] and r["time"]["text"] for r in event["results"]}[4] == "4:03.15"


def test_division_b_races_are_their_own_and_a_hypothetical_place_is_none(record_of) -> None:
    text = (
        "Pike wins in Stavanger\n\nJordan Pike of the United States won the men's 500m at the Stavanger World Cup in "
        "34.48. Wesley Mulder of the Netherlands was second in 34.61.\n\nDIVISION B\n\nThe men's 500m in Division B "
        "was won by Latvia's Roberts Kalnins. His 34.97 would have put him 12th in the A group. Estonia's Marten "
        "Kask was second in 35.03."
    )
    a, b = record_of(text)["events"]
    assert [r["athlete"] for r in a["results"]] == ["Jordan Pike", "Wesley Mulder"]
    assert [(r["athlete"], r["rank"]) for r in b["results"]] == [("Roberts Kalnins", 1), ("Marten Kask", 2)]


def test_a_race_without_a_winner_is_the_division_b_race_of_its_distance(record_of) -> None:
    text = (
        "Okafor sets a best\n\nKaylee Okafor represented Team USA in Division B at the World Cup. In Friday's "
        "women's 1,500 meters she finished 11th out of 20 in 1:56.87. The Division B race was won by Fleur Jansma "
        "of the Netherlands in 1:55.02."
    )
    (event,) = record_of(text)["events"]
    assert {r["athlete"]: r["rank"] for r in event["results"]} == {"Kaylee Okafor": 11, "Fleur Jansma": 1}


def test_a_time_marker_closing_a_superlative_is_no_background(record_of) -> None:
    text = (
        "Sato and Aaslund win\n\nJapan's Mirei Sato won the women's 1,000 metres in 1:13.40.\n\nThe men's 1,500m "
        "produced the tightest finish of the championships so far. Norway's Sindre Aaslund stopped the clock at "
        "1:43.87, and Dutchman Joep Hardeman came up 0.04 short for silver."
    )
    women, men = record_of(text)["events"]
    assert men["distance_m"] == 1500
    assert {r["athlete"] for r in men["results"]} == {"Sindre Aaslund", "Joep Hardeman"}


def test_japanese_names_keep_their_order_beside_korean_names_written_family_name_first(record_of) -> None:
    text = (
        "Lee makes history\n\nLee Na-yeon won the women's 500m at the world championships in 37.11, ahead of Dutch "
        "favourite Marit Hoekstra (37.25) and Japan's Aoi Fukuda (37.30). Lee, 22, broke down in tears."
    )
    assert {"Na-yeon Lee", "Aoi Fukuda"} <= set(results(record_of(text)))


def test_a_sprint_crown_at_single_distance_championships_is_a_race_of_them(record_of) -> None:
    text = (
        "Ostrander retains crown\n\nAmerican Caleb Ostrander retained his 500m world title on Saturday, while Lee "
        "Na-yeon won the women's sprint crown at the world single distances speed skating championships. Ostrander "
        "stopped the clock at 34.02, pipping Thijs Hoogerwerf by three hundredths of a second.\n\nIn the women's "
        "race, Lee clocked 37.11, ahead of Marit Hoekstra (37.25)."
    )
    men, women = record_of(text)["events"]
    assert (men["event"], women["event"]) == ("men's 500m", "women's 500m")
    assert [r["medal"] for r in women["results"]] == ["gold", "silver"]


def test_a_place_in_a_name_the_model_took_for_one_is_no_other_race(record_of) -> None:
    text = (
        "Forsyth wins silver\n\nJens de Groot won the men's 500m in 40.812 seconds, ahead of Niall Forsyth.\n\n"
        "There was disappointment for Ellie Marsh, who finished fifth in the women's 1,000m final after a "
        "collision with Poland's Natalia Wrobel, who was later penalised.\n\nBelgium's Lien Vermeersch won the "
        "1,000m in one minute 28.93 seconds."
    )
    men, women = record_of(text)["events"]
    assert {r["athlete"]: r["rank"] for r in women["results"]} == {"Lien Vermeersch": 1, "Ellie Marsh": 5}


def test_a_race_the_headline_gives_a_place_in_is_dated_by_the_body(record_of) -> None:
    text = (
        "Kowalski skates to career-best ninth in Calgary\n\nYesterday she went faster than ever. Brynn Kowalski "
        "finished ninth in the 1,500 meters at the World Cup in Calgary. The race was won by Marit Jongbloed in "
        "1:52.47.\n\nIt was a bounce-back after a disappointing opener: Kowalski was 14th in Friday's 1,000m, "
        "won by Fleur Hoekstra."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1500


def test_heats_of_a_report_with_quarter_finals_are_short_track_rounds_without_medals(record_of) -> None:
    text = (
        "Euros day one\n\nMen's 500m, heat 3: Zawadzki goes fast\n\nMikolaj Zawadzki of Poland led from the gun in "
        "heat 3 and stopped the clock at 40.318. Thijs Kramer of the Netherlands hung on in second in 40.502.\n\n"
        "Men's 1000m, quarter-final 4\n\nBalint Szekeres won this quarter in 1:26.104."
    )
    heat = record_of(text)["events"][0]
    assert (heat["sport"], heat["round"]) == ("short track", "heat")
    assert [r["medal"] for r in heat["results"]] == [None, None]


def test_a_team_as_subject_goes_back_to_the_team_race_of_the_lede(record_of) -> None:
    text = (
        "China wins relay\n\nChina claimed the mixed 2,000m relay title and Hao Jiancheng won the men's 500m on "
        "Sunday.\n\nThe Chinese quartet clocked 2 minutes 38.215 seconds to beat the Netherlands by 0.225 seconds. "
        "Canada came third in 2:39.006.\n\nHao powered to victory in the men's 500m in 40.123 seconds, edging "
        "Kazakhstan's Daulet Serikbayev by 0.091 seconds."
    )
    relay, men = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in relay["results"]] == [("China", 1), ("Netherlands", 2), ("Canada", 3)]
    assert [r["athlete"] for r in men["results"]] == ["Hao Jiancheng", "Daulet Serikbayev"]


def test_two_teams_taking_relay_gold_won_two_relays_and_an_overall_medal_is_the_classifications(record_of) -> None:
    text = (
        "Netherlands and Korea take relay gold\n\nThe Netherlands won the women's 3000m relay in 4:04.913. Canada "
        "took silver 0.207 seconds behind and Korea had to settle for bronze in 4:05.677.\n\nIn the men's 5000m "
        "relay, Korea finished in 6:50.214, with China 0.318 seconds back for silver.\n\nOverall Classification\n\n"
        "Among the men, Yiming Zhou "
        "(CHN) claimed the overall title with 94 points. Gi-hoon Nam (KOR) took the overall silver with 81 points."
    )
    women, men, overall = record_of(text)["events"]
    assert {r["athlete"]: r["medal"] for r in women["results"]}["Korea"] == "bronze"
    assert {r["athlete"]: r["medal"] for r in men["results"]}["China"] == "silver"
    assert [(r["athlete"], r["medal"]) for r in overall["results"]][1] == ("Gi-hoon Nam", "silver")


def test_a_medal_after_a_name_and_its_nation_and_one_for_the_subject_of_a_with_clause(record_of) -> None:
    text = (
        "Wierzbicka wins\n\nNatalia Wierzbicka held off Belgium's Lien Vermeulen to win the women's 1500m in "
        "2:25.071, with Vermeulen taking silver in 2:25.180 and Jitske Hoogland of the Netherlands the bronze."
    )
    rows = results(record_of(text))
    assert (rows["Lien Vermeulen"]["medal"], rows["Lien Vermeulen"]["time"]["text"]) == ("silver", "2:25.180")
    assert rows["Jitske Hoogland"]["medal"] == "bronze"


def test_the_mens_classification_and_points_after_on_are_no_date(record_of) -> None:
    text = (
        "Szekeres wins\n\nNatalia Wierzbicka won the women's 1500m in 2:25.071 and the overall European title. "
        "Balint Szekeres won the men's 1500m in 2:15.330, 0.051 ahead of the Netherlands' Jelle Postma.\n\nOverall "
        "classification\n\nThe women's overall standings finished with Wierzbicka on 86 points, Sanne de Wilde "
        "second on 73 and Lien Vermeulen third on 60. In the men's classification Szekeres scored 102 points, "
        "Jelle Postma took overall silver with 81, and Mikolaj Zawadzki the bronze with 44."
    )
    events = {e["event"]: e for e in record_of(text)["events"]}
    assert [r["athlete"] for r in events["women's 1500m"]["results"]] == ["Natalia Wierzbicka"]
    assert results({"events": [events["men's 1500m"]]})["Jelle Postma"]["time"]["text"] == "2:15.381"
    men = events["men's overall classification"]["results"]
    assert [(r["athlete"], r["medal"]) for r in men] == [("Jelle Postma", "silver"), ("Mikolaj Zawadzki", "bronze")]


def test_sprints_within_a_mass_start_are_no_races(record_of) -> None:
    text = (
        "Mass start recap\n\nGabby Ortiz finished 4th in the women's mass start final!! Intermediate sprints: Gabby "
        "picked up 3 pts in sprint 2.\n\nFINAL SPRINT!! Lisanne Veldkamp takes it in 8:31.44, Nanami Aoki 2nd, Fleur "
        "Deprez 3rd in 8:31.70."
    )
    assert [e["event"] for e in record_of(text)["events"]] == ["women's mass start final"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway names 12 skaters for World Single Distances Championships\n\nIn the middle distances, Eirik "
        "Tveitnes (1:43.65 in the selection races) and Mathilde Strand-Ødegård (1:14.60 in the 1000m and 1:55.03 in "
        "the 1500m) are selected for two distances each.",
        "Tjalsma gets Olympic nod, Kooistra left out as KNSB names long track team\n\nThe Dutch federation KNSB "
        "has named 16 long track skaters for the Winter Olympics. Iris Tjalsma finished third in the 1500 metres at "
        "the qualification tournament on Sunday, behind Lotte van Dijkhuizen and Femke Brouwer.",
    ],
)
def test_a_selection_announcement_has_no_events(record_of, text: str) -> None:
    assert record_of(text)["events"] == []


def test_the_one_unplaced_timed_finisher_is_second_when_every_other_place_is_taken(record_of) -> None:
    text = (
        "Szekeres wins\n\nIn the men's 1,000m at the European Championships Hungary's Balint Szekeres beat Jelle "
        "Postma by 0.083 seconds, winning in 1:25.617. Poland's Mikolaj Zawadzki took bronze, with Britain's Callum "
        "Fraser fourth."
    )
    assert results(record_of(text))["Jelle Postma"]["rank"] == 2


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("Lisa Holm sat in fourth place with three laps to go.", None),
        ("Lisa Holm crashed with 18 laps to go and crossed the line fourth.", 4),
        ("Lisa Holm, who clipped a block with a lap to go, was fourth.", 4),
        ("Lisa Holm sat in fourth place up the last climb.", None),
        ("Lisa Holm was fourth into the final bend.", None),
        ("Lisa Holm was fourth after leading into the final bend.", 4),
        ("Lisa Holm pulled away on the final straight to finish fourth.", 4),
        ("Lisa Holm was fourth at 100m in 10.61.", None),
        ("Lisa Holm was fourth after leading at 100m in 10.41.", 4),
        ("Lisa Holm was fourth out of the water in 17:42.", None),
        ("Lisa Holm, exiting in 17:42 in fourth position, was tired.", None),
    ],
)
def test_a_place_at_a_point_of_the_race_is_the_races_only_after_the_text_moves_on(record_of, sentence, rank) -> None:
    text = WC + "Anna Berg won in 37.04 seconds. Emma Lind was second. " + sentence
    assert results(record_of(text)).get("Lisa Holm", {}).get("rank") == rank


def test_a_time_after_sweeping_past_someone_is_not_theirs(record_of) -> None:
    text = (
        "Qiao wins\n\nChina's Qiao Wenbo claimed the men's 1,500m title on Tuesday.\n\nIn the six-man final, Qiao "
        "swept past South Korea's Nam Gi-hoon on the outside and held him off to the line in 2 minutes 16.902 "
        "seconds. Nam took silver in 2:17.004."
    )
    rows = results(record_of(text))
    assert (rows["Wenbo Qiao"]["time"]["text"], rows["Gi-hoon Nam"]["time"]["text"]) == ("2:16.902", "2:17.004")


TABLED = (
    "Sand wins in Inzell\n\nMia Sand won the women's 1000m at the World Cup in Inzell on Saturday.\n\nWomen's 1000m\n\n"
)


@pytest.mark.parametrize(
    "table",
    [
        "Pos | Name | Nat | 200m | Time | Diff\n1 | Mia Sand | NOR | 17.90 | 1:13.58 |\n"
        "2 | Lisa Holm | NED | 17.71 | 1:13.62 | +0.04\n",
        "Pl\tName\tNat\t600m\tTime\n1\tMia Sand\tNOR\t43.10\t1:13.58\n2\tLisa Holm\tNED\t42.90\t1:13.62\n",
        "Rank  Name        Nat   200m    Time\n1     Mia Sand    NOR   17.90   1:13.58\n"
        "2     Lisa Holm   NED   17.71   1:13.62\n",
    ],
)
def test_a_tables_split_column_is_no_time_and_its_header_no_race(record_of, table: str) -> None:
    record = record_of(TABLED + table)
    assert [e["event"] for e in record["events"]] == ["women's 1000m"]
    rows = results(record)
    assert [(rows[n]["rank"], rows[n]["time"]["text"]) for n in ("Mia Sand", "Lisa Holm")] == [
        (1, "1:13.58"),
        (2, "1:13.62"),
    ]


def test_a_world_cup_standings_table_holds_no_results(record_of) -> None:
    text = TABLED + (
        "Pos | Name | Nat | Time\n1 | Mia Sand | NOR | 1:13.58\n2 | Lisa Holm | NED | 1:13.62\n\n"
        "World Cup standings, women's 1000m\n\nPos | Name | Nat | Points\n1 | Anna Berg | GER | 180\n"
        "2 | Mia Sand | NOR | 150\n"
    )
    rows = results(record_of(text))
    assert "Anna Berg" not in rows and rows["Mia Sand"]["rank"] == 1


def test_a_list_under_a_caption_for_comparison_is_no_result(record_of) -> None:
    text = TABLED + (
        "1. Mia Sand NOR 1:13.58\n2. Lisa Holm NED 1:13.62\n\n"
        "For comparison – women's 1000m, World Cup Heerenveen, 15 November:\n"
        "1. Anna Berg GER 1:14.02\n2. Mia Sand NOR 1:14.30\n"
    )
    rows = results(record_of(text))
    assert "Anna Berg" not in rows and rows["Mia Sand"]["time"]["text"] == "1:13.58"


def test_a_race_in_a_title_before_a_name_is_no_race_of_the_sentence(record_of) -> None:
    text = (
        "Lindahl wins pursuit\n\nSweden's Elvira Lindahl won the women's 10km pursuit in Oberhof on Saturday in "
        "30:48.2. France's Camille Durand, who started behind sprint winner Ida Kvamme, finished 12.4 seconds back "
        "in second place."
    )
    record = record_of(text)
    rows = results(record)
    assert len(record["events"]) == 1 and "Ida Kvamme" not in rows and rows["Camille Durand"]["rank"] == 2


def test_a_race_named_after_an_earlier_miss_is_not_the_results(record_of) -> None:
    text = (
        "Boerma wins 1500m\n\nJolien Boerma won the women's 1,500m at the European Championships. The Dutchwoman "
        "took gold in 2:22.905, ahead of Nicole Ghezzi in 2:23.010 and Wiktoria Dabrowska, who earned a second "
        "medal for the hosts after her near miss in the 500m, with bronze."
    )
    record = record_of(text)
    assert [e["event"] for e in record["events"]] == ["women's 1500m"]
    assert results(record)["Wiktoria Dabrowska"]["rank"] == 3


def test_a_round_in_the_results_own_relative_clause_is_its_round(record_of) -> None:
    text = (
        "Kleppe wins sprint\n\nNorway's Even Kleppe won the men's classic sprint final in Drammen in 2:51.34. "
        "It was a tough day for Johannes Lie-Strand, who finished third in his quarter-final in 2:53.02."
    )
    assert "Johannes Lie-Strand" not in results(record_of(text))


def test_a_corrections_misreported_place_is_no_result(record_of) -> None:
    text = OLY + (
        "Anna Berg won in 1:14.27. Julia Kaczmarek was fourth in 1:14.81.\n\nCorrection: An earlier version of "
        "this article gave the winning time as 1:14.72. The article also said Julia Kaczmarek finished fifth; "
        "she was fourth."
    )
    assert results(record_of(text))["Julia Kaczmarek"]["rank"] == 4


def test_a_day_still_to_come_dates_no_result_after_it(record_of) -> None:
    text = (
        "Hovde wins\n\nIn the men's 12.5km pursuit in Oberhof on Saturday, Norway's Sindre Hovde won in 32:41.9.\n\n"
        "The World Cup continues on Sunday with the mass start.\n\n"
        "Men's 12.5km pursuit: 1. Sindre Hovde (NOR) 32:41.9; 2. Jonas Tveiten (NOR) +5.2"
    )
    assert results(record_of(text))["Jonas Tveiten"]["rank"] == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Her coach, Dave Hammill, had said before the meet that the 2:09 barrier was the goal.",
        "It was the third-fastest winning time in the race's history, slower than Gashaw Melaku's mark.",
    ],
)
def test_a_target_or_an_all_time_ranking_is_no_result(record_of, sentence: str) -> None:
    rows = results(record_of(WC + "Anna Berg won in 37.04 seconds. " + sentence))
    assert set(rows) == {"Mia Sand", "Anna Berg"}


def test_a_space_aligned_tables_name_column_gives_its_people(record_of) -> None:
    text = TABLED + (
        "Pl   Name                 Team                 Time\n"
        "1    Mia Sand             Regio Noord          1:13.58\n"
        "2    Demi Bakhuis         Team IJsvogel        1:13.62\n"
    )
    rows = results(record_of(text))
    assert set(rows) == {"Mia Sand", "Demi Bakhuis"} and rows["Demi Bakhuis"]["rank"] == 2


def test_races_listed_with_a_comma_are_two_races(record_of) -> None:
    text = (
        "Gallant second in 1,500m, team sprint silver\n\nOwen Gallant finished second in the men's 1,500 metres at "
        "the World Cup in Calgary on Sunday in 1:42.95. In the team sprint, Canada finished second in 1:18.47."
    )
    events = [e["event"] for e in record_of(text)["events"]]
    assert "men's 1500m" in events and not any("1500m team sprint" in e for e in events)


def test_a_shorter_distance_after_its_split_times_is_no_race(record_of) -> None:
    text = OLY.replace("1,000m", "500m") + (
        "Anna Berg opened faster (10.28 against 10.31 on the 100m), but Lisa Holm won in 37.62. Berg was second "
        "in 37.70."
    )
    record = record_of(text)
    assert [e["event"] for e in record["events"]] == ["women's 500m"]


def test_a_gender_heading_moves_the_story_to_that_genders_race(record_of) -> None:
    text = (
        "Vitols wins in Altenberg\n\nLatvia's Karlis Vitols won the men's skeleton at the World Cup in Altenberg on "
        "Friday in 1:54.38. Germany's Felix Reinhard was second in 1:54.47.\n\nWOMEN\n\n"
        "Hanna Vogt (GER) won in 1:57.90. Austria's Julia Maierhofer was second in 1:58.12."
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events["women's skeleton"] == ["Hanna Vogt", "Julia Maierhofer"]


def test_a_lead_in_an_aside_leaves_the_final_place_standing(record_of) -> None:
    text = WC + "Anna Berg won in 37.04. Olivia Hartley, who led at halfway, had to settle for third in 37.31."
    assert results(record_of(text))["Olivia Hartley"]["rank"] == 3


def test_swimming_shorthand_names_the_race_and_a_medleys_strokes_are_its_legs(record_of) -> None:
    text = (
        "Halasz wins 200 IM; Italy wins 4x100 free relay\n\nWOMEN'S 200 IM - FINAL\n\nReka Halasz of Hungary won the "
        "women's 200 IM at the European Championships in 2:08.91. Her breaststroke was the difference: she split "
        "36.40 on the third 50. Freya Colquhoun of Britain was second in 2:09.34."
    )
    record = record_of(text)
    assert [(e["distance_m"], e["gender"]) for e in record["events"]] == [(200, "women")]
    assert results(record)["Freya Colquhoun"]["rank"] == 2


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("Top three: 1 Anna Berg, 2 Lisa Holm, 3 Emma Lind.", 2),
        ("Lisa Holm has trained here for 3 seasons, 2 of them with Berg.", None),
    ],
)
def test_a_run_of_numbered_names_gives_their_places(record_of, sentence: str, rank: int | None) -> None:
    text = WC + "Anna Berg won in 37.04. Lisa Holm was timed in 37.20. " + sentence
    assert results(record_of(text))["Lisa Holm"]["rank"] == rank


def test_a_bare_nation_code_before_a_time_is_the_lines_nation(record_of) -> None:
    text = TABLED + "1. Mia Sand NOR 1:13.58\n2. Lisa Holm NED 1:13.62 (+0.04)\n"
    assert results(record_of(text))["Lisa Holm"]["nation"] == "NED"


def test_a_sentence_summing_up_other_races_leaves_the_story_with_the_ledes_race(record_of) -> None:
    text = (
        "Marsden wins 500m gold\n\nEllie Marsden won the women's 500m in 42.618 on Sunday.\n\nJosh McAllister added "
        "a bronze in the men's 1,000m before Marsden helped GB to bronze in the mixed relay.\n\nItaly's Nicole "
        "Ghezzi took bronze in 42.799, with Wiktoria Dabrowska of Poland fourth."
    )
    first = record_of(text)["events"][0]
    assert first["event"].startswith("women's 500m")
    assert [(r["athlete"], r["rank"]) for r in first["results"]] == [
        ("Ellie Marsden", 1),
        ("Nicole Ghezzi", 3),
        ("Wiktoria Dabrowska", 4),
    ]


def test_a_race_told_as_someones_setback_is_not_the_race_of_the_next_sentence(record_of) -> None:
    text = (
        "Boerma wins\n\nEllie Marsden won the women's 500m in 42.618, with Charlotte Lambrecht fifth.\n\nJolien "
        "Boerma made up for her 500m disappointment by winning the women's 1,500m in 2:22.905.\n\nLambrecht was "
        "fourth again."
    )
    sprint, longer = record_of(text)["events"]
    assert {r["athlete"]: r["rank"] for r in sprint["results"]}["Charlotte Lambrecht"] == 5
    assert {r["athlete"]: r["rank"] for r in longer["results"]}["Charlotte Lambrecht"] == 4


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        ("Manon Perret won the B final in 43.350 for sixth place, ahead of Zsofia Kiss in seventh.", [6, 7]),
        ("Manon Perret won the race in 43.350, ahead of Zsofia Kiss and Lea Kuhn.", [1, 2, 3]),
    ],
)
def test_places_stated_after_ahead_of_outrank_the_runners_up_order(record_of, sentence: str, ranks: list[int]) -> None:
    text = f"Short track\n\nNicole Ghezzi took bronze in the women's 500m in 42.799, ahead of Hanna Ott.\n\n{sentence}"
    rows = {r["athlete"]: r["rank"] for e in record_of(text)["events"] for r in e["results"]}
    assert [rows[name] for name in ("Manon Perret", "Zsofia Kiss", "Lea Kuhn") if name in rows] == ranks


def test_a_final_b_whose_winner_places_on_from_the_final_joins_the_final(record_of) -> None:
    text = (
        "Marchal wins B final\n\nKristof Halasz won the men's 1,000m in 1:25.207, with Daan Kroes second, Josh "
        "McAllister third, Matteo Rigoni fourth and Kristaps Liepa fifth.\n\nIn the B final, France's Hugo Marchal "
        "won in 1:26.540 to take sixth, with Felix Spiess seventh and Jens Verbruggen eighth."
    )
    (event,) = record_of(text)["events"]
    assert [r["rank"] for r in event["results"]] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_a_result_after_being_passed_by_someone_is_the_subjects(record_of) -> None:
    text = (
        "Halasz wins\n\nHungary's Kristof Halasz won the men's 1,000m in 1:25.207.\n\nJosh McAllister was in silver "
        "medal position going into the final lap but was passed on the inside by Daan Kroes of the Netherlands and "
        "had to settle for bronze in 1:25.391."
    )
    rows = results(record_of(text))
    assert (rows["Josh McAllister"]["medal"], rows["Josh McAllister"]["time"]["text"]) == ("bronze", "1:25.391")
    assert rows.get("Daan Kroes", {}).get("medal") != "bronze"


def test_the_possessor_of_a_person_noun_takes_none_of_the_places_listed(record_of) -> None:
    text = (
        "Boerma wins\n\nJolien Boerma won the women's 1500m in 2:22.905.\n\nZsofia Kiss and Boerma's compatriot "
        "Mirjam Kuipers were sixth and seventh."
    )
    rows = results(record_of(text))
    assert [rows[name]["rank"] for name in ("Jolien Boerma", "Zsofia Kiss", "Mirjam Kuipers")] == [1, 6, 7]


def test_a_pluperfect_relative_clause_of_another_day_is_background(record_of) -> None:
    text = (
        "Pike bounces back\n\nJordan Pike was back on top on Sunday. The American took the gold in the men's 500m "
        "in 34.48.\n\nPike, who had finished fourth on Saturday behind Kim Tae-rim, opened with a 9.58 for the "
        "first 100 metres."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Jordan Pike", 1)]


def test_a_race_with_a_gold_medallist_is_division_as_not_the_division_b_race(record_of) -> None:
    text = (
        "Stavanger World Cup\n\nJordan Pike took the gold in the men's 500m in 34.48, and Wesley Mulder the bronze "
        "in 34.61.\n\nThe men's 500m in Division B was won by Roberts Kalnins. Marten Kask was second in 35.03."
    )
    a, b = record_of(text)["events"]
    assert [r["athlete"] for r in a["results"]] == ["Jordan Pike", "Wesley Mulder"]
    assert (b["round"], [r["athlete"] for r in b["results"]]) == ("division B", ["Roberts Kalnins", "Marten Kask"])


def test_a_year_describing_the_subject_is_no_background(record_of) -> None:
    text = (
        "Brandvold 14th at worlds\n\nKayla Brandvold raced on Thursday.\n\nThe 2019 Marquette Senior High graduate "
        "finished 14th out of 24 skaters in the women's 1,500 meters, crossing the line in 1:57.62."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]] == [
        ("Kayla Brandvold", 14, "1:57.62")
    ]


@pytest.mark.parametrize(
    "phrase", ["in a little over 1 minute, 57 seconds", "in about 1:57", "in just under 1:58", "in 1:57.62"]
)
def test_an_approximate_time_is_no_result_time(record_of, phrase: str) -> None:
    text = f"Brandvold 14th\n\nIngrid Saetre won the women's 1500m in 1:54.08. Kayla Brandvold finished 14th {phrase}."
    time = results(record_of(text))["Kayla Brandvold"]["time"]
    assert (time["text"] if time else None) == ("1:57.62" if phrase == "in 1:57.62" else None)


def test_a_long_distance_of_another_time_is_no_race_distance(record_of) -> None:
    text = (
        "Dutch trio take gold\n\nThe Netherlands won the men's team pursuit in 3:37.45, ahead of the United States "
        "in 3:38.91.\n\nLieftinck dedicated the medal to his grandfather, Henk Lieftinck, who completed the 200km "
        "Elfstedentocht on natural ice in 1963."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] is None


def test_a_paragraph_turning_to_an_earlier_round_holds_that_rounds_times(record_of) -> None:
    text = (
        "Dutch trio take gold\n\nThe Netherlands won the men's team pursuit final in 3:37.45. The United States "
        "were second in 3:38.91.\n\nKoen Stellingwerf skated the quarter-final in place of Bakema, and the Dutch "
        "line-up clocked 3:36.98 against Japan. Japan's 3:39.50 in the same pairing was not enough.\n\nItaly beat "
        "Norway in 3:40.12 for bronze."
    )
    events = record_of(text)["events"]
    final = next(e for e in events if e["round"] in (None, "final"))
    assert {r["athlete"]: r["time"] and r["time"]["text"] for r in final["results"]} == {
        "Netherlands": "3:37.45",
        "United States": "3:38.91",
        "Italy": "3:40.12",
        "Norway": None,  # beaten for bronze: fourth, with no time of the final
    }


def test_a_broadcasts_spoken_times_and_a_race_from_a_championship(record_of) -> None:
    text = (
        "Gosselin golden\n\nWe brought you the women's 1,500 metres from the Four Continents Championships. "
        "Marie-Ève Gosselin won gold in one minute, 52 point 3 4. Sierra Blackwood crossed in one minute, 53 point "
        "1 0 for bronze.\n\nHAUGH: She's been a 1:54, 1:55 skater for two years."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1500
    assert [r["time"]["text"] for r in event["results"]] == ["1:52.34", "1:53.10"]


@pytest.mark.parametrize(
    "line", ["Men's 1,500m from 16:30 GMT", "The finish is 500 metres from the line", "Hamar lies 120km from Oslo"]
)
def test_a_schedule_or_a_place_names_no_race(record_of, line: str) -> None:
    text = f"Kok wins\n\nFemke Kok won the women's 500m in 37.12.\n\n{line}."
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500


def test_a_medal_her_daughter_won_is_not_the_mothers(record_of) -> None:
    text = (
        "Marsh-Conway bronze\n\nEllie Marsh-Conway won bronze in the women's 1500m in 1:54.47, behind Lieke Hofman."
        "\n\nThat was Carol Marsh, a retired school receptionist, and her daughter had just won the bronze medal."
    )
    assert "Carol Marsh" not in results(record_of(text))


def test_a_result_in_a_since_clause_is_no_one_elses(record_of) -> None:
    text = (
        "Jiang wins\n\nJiang Mingyu won the men's 500m in 40.887, beating Oh Jae-min.\n\nThe gold is China's first "
        "in the men's 500m at the world championships since Zhao Pengfei won the title in 2017."
    )
    assert "Pengfei Zhao" not in results(record_of(text))


def test_an_early_round_told_only_in_asides_of_the_final_is_no_event(record_of) -> None:
    text = (
        "Jiang wins\n\nJiang Mingyu won the men's 500m final in 40.887, beating Oh Jae-min and Liam Devereaux.\n\n"
        "His teammate Li Zechen, who finished second behind Jiang in the same semifinal in 41.020, was relegated and "
        "did not make the final."
    )
    events = record_of(text)["events"]
    assert [e["round"] for e in events] == ["final"]
    assert "Li Zechen" not in {r["athlete"] for r in events[0]["results"]}


def test_a_relay_heading_with_its_distance_and_teams_with_their_members(record_of) -> None:
    text = (
        "Netherlands edge mixed relay as Korea rule 5000m\n\nThe Netherlands won the Mixed Team Relay final, while "
        "Korea won the Men's 5000m Relay.\n\nMixed Team Relay (2000m)\n\nThe Dutch crossed the line in 2:38.412, "
        "with China second in 2:38.570.\n\nMen's 5000m Relay\n\nKorea won in 6:51.220. Canada (William Tessier, "
        "Jordan Kalinda, Mathis Bergeron, Owen Stroud) took second in 6:51.684, with Hungary (Bence Szalontai, Adam "
        "Berenyi, Levente Kovacs-Toth, Dominik Racz) third in 6:52.090."
    )
    mixed, men = record_of(text)["events"]
    assert (mixed["distance_m"], mixed["gender"], men["distance_m"]) == (2000, "mixed", 5000)
    rows = {r["athlete"]: (r["rank"], r["time"]["text"]) for r in men["results"]}
    assert rows["Hungary"] == (3, "6:52.090")
    assert rows["Canada"] == (2, "6:51.684")


def test_a_place_after_a_bracketed_code_is_the_named_persons(record_of) -> None:
    text = (
        "Hoogland wins\n\nPieter Hoogland (NED) won the men's 1000m in 1:08.12, with Lee Joon-ho (KOR) second in "
        "1:08.54 and Tomas Hradil (CZE) third in 1:08.90."
    )
    rows = results(record_of(text))
    assert [rows[name]["rank"] for name in ("Pieter Hoogland", "Tomas Hradil")] == [1, 3]


def test_a_selection_spot_is_no_place_and_a_race_hoped_for_is_to_come(record_of) -> None:
    text = (
        "Hoekstra books ticket\n\nMarloes Hoekstra won the women's 1,500 metres in 1:53.41 on Sunday. Femke Zwart "
        "was third in 1:54.02.\n\nThe third spot went to Iris Bakker, who finished fourth on Sunday in 1:54.30.\n\n"
        '"It\'s a horrible system," said Zwart, who still hopes to add the 3,000m on Monday.\n\nBehind Bakker, Joy '
        "Vermeulen was fifth in 1:54.88."
    )
    record = record_of(text)
    (event,) = record["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]][2:] == [("Iris Bakker", 4), ("Joy Vermeulen", 5)]
    assert "Behind Bakker" not in {p["name"] for p in record["people"]}


def test_adding_a_race_wins_it_and_a_pluperfect_result_of_another_day_is_background(record_of) -> None:
    text = (
        "Ito doubles up\n\nA day after winning the 500 metres, Japan's Ito Mei added the women's 1,000m on Sunday, "
        "clocking 1:14.22 to beat Dutchwoman Lotte Kramer by 0.31.\n\nKramer had also been runner-up on Saturday. "
        "Third went to Canada's Anna Cote in 1:14.80."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]][:1] == [("Mei Ito", 1)]


def test_times_too_slow_for_the_race_told_go_to_the_distance_they_fit(record_of) -> None:
    text = (
        "Van Lier wins sprint title\n\nJutta van Lier won the women's world sprint title on Sunday, taking the final "
        "1,000 metres.\n\nKim Ye-rin won Sunday's second 500m in 37.29 seconds. Van Lier was second, 0.15 seconds "
        "behind, and Erin McAvoy third in 37.61.\n\nVan Lier stopped the clock at 1:13.88 to win the last race of "
        "the weekend. McAvoy was second in 1:14.20."
    )
    events = {e["distance_m"]: e for e in record_of(text)["events"]}
    assert {r["athlete"]: r["time"]["text"] for r in events[500]["results"]}["Erin McAvoy"] == "37.61"
    assert [(r["athlete"], r["time"]["text"]) for r in events[1000]["results"]] == [
        ("Jutta van Lier", "1:13.88"),
        ("Erin McAvoy", "1:14.20"),
    ]


def test_times_too_fast_for_the_race_told_go_to_a_race_of_the_day_with_results(record_of) -> None:
    text = (
        "A long Sunday\n\nHAMAR - Ingrid and Eirik Haugen raced on Sunday. She was fifth in the 5000 metres and he "
        "was ninth in the 10,000.\n\nUp front, Tereza Novotna of the Czech Republic won in 6:53.12. Anna de Vries "
        "of the Netherlands was third in 6:57.80.\n\nHer husband's race started an hour later. Niels Boersma won "
        "it for the Netherlands in 12:49.61."
    )
    events = {e["distance_m"]: e for e in record_of(text)["events"]}
    assert {r["athlete"]: r["time"]["text"] for r in events[5000]["results"] if r["time"]} == {
        "Tereza Novotna": "6:53.12",
        "Anna de Vries": "6:57.80",
    }
    assert {r["athlete"] for r in events[10000]["results"]} == {"Eirik Haugen", "Niels Boersma"}


def test_a_time_too_fast_for_the_race_told_is_no_earlier_days_result(record_of) -> None:
    text = (
        "Haugland takes 10,000m title\n\nHAMAR - Sivert Haugland won the men's 10,000 metres at the Norwegian "
        "championships on Sunday in 13:04.57. Anders Ronneberg finished third in the 5000m on Saturday.\n\n"
        "Peder Strand, who had won the 5000m on Saturday in 6:17.90 ahead of Haugland, took silver, 4.55 seconds "
        "behind."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Sivert Haugland", 1), ("Peder Strand", 2)]


def test_a_name_written_with_and_without_its_nordic_letters_is_one_person(record_of) -> None:
    text = (
        "Allround\n\nHåkon Sæther won the men's 10,000m in 13:02.45, ahead of Pieter Smeenk.\n\n"
        "1 Hakon Saether NOR 13:02.45\n2 Pieter Smeenk NED 13:04.10"
    )
    (event,) = record_of(text)["events"]
    assert [r["athlete"] for r in event["results"]][1:] == ["Pieter Smeenk"]
    assert event["results"][0]["athlete"] in ("Håkon Sæther", "Hakon Saether")


@pytest.mark.parametrize(
    "sentence",
    ["Canada's team pursuit squad is leaving the Netherlands with silver medals.", "Canada took silver in Norway."],
)
def test_a_nation_named_as_a_place_is_no_team(record_of, sentence: str) -> None:
    text = (
        f"Japan wins team pursuit\n\n{sentence}\n\nJapan won the women's team pursuit in 2:53.88. The Netherlands "
        "took bronze in 2:55.02."
    )
    rows = results(record_of(text))
    assert (rows["Canada"]["medal"], rows["Netherlands"]["medal"]) == ("silver", "bronze")


def test_the_mens_team_of_a_team_race_report_is_the_mens_race(record_of) -> None:
    text = (
        "Canadian women take silver\n\nJapan won the women's team pursuit in 2:53.88, with Canada second.\n\n"
        "Earlier, the Canadian men's team of Liam Haldane, Pierre Gagne and Tyson Whitford finished sixth in 3:41.07."
    )
    women, men = record_of(text)["events"]
    assert (women["gender"], men["gender"]) == ("women", "men")
    assert [(r["athlete"], r["rank"]) for r in men["results"]] == [("Canada", 6)]


def test_a_teams_skaters_after_the_sentence_naming_the_team_race_for_it(record_of) -> None:
    text = (
        "Netherlands take relay gold\n\nBritain's men were in the bronze-medal position when Callum Rennie fell.\n\n"
        "In the men's 5,000m relay final, the British finished fourth in 7:02.415.\n\nThose winners were the "
        "Netherlands. Ruben Klaassen, Jens Oosthoek, Sem Dijkhuizen and Thijs Roodbergen crossed the line in "
        "6:49.872. Hungary took silver, 0.243sec behind."
    )
    rows = results(record_of(text))
    assert rows["Netherlands"]["time"]["text"] == "6:49.872"
    assert rows["Hungary"]["time"]["text"] == "6:50.115"
    assert rows["Britain"]["medal"] is None


def test_the_mens_championship_of_an_allround_report_is_the_mens_classification(record_of) -> None:
    text = (
        "Hartwell takes allround title\n\nBrynn Hartwell won the women's title at the Canadian Allround "
        "Championships, finishing with 163.832 points. Keira Malloy took bronze with 165.643.\n\nIn the men's "
        "championship, Owen Brenneman claimed gold with 151.204 points, with Rhys Boyd taking silver."
    )
    women, men = record_of(text)["events"]
    assert (women["gender"], men["gender"]) == ("women", "men")
    assert [r["athlete"] for r in men["results"]] == ["Owen Brenneman", "Rhys Boyd"]


def test_a_best_in_a_clause_with_its_own_subject_leaves_the_clause_before_it_standing(record_of) -> None:
    text = (
        "Malloy wins\n\nKeira Malloy won the women's 5,000m in 7:09.66, but Brynn Hartwell was right behind her in "
        "7:11.84 — well inside her previous best of 7:14.20 set in Calgary last March."
    )
    rows = results(record_of(text))
    assert (rows["Keira Malloy"]["rank"], rows["Keira Malloy"]["time"]["text"]) == (1, "7:09.66")


def test_a_ski_jumps_metres_are_no_race_and_a_first_ever_winner_is_no_result(record_of) -> None:
    text = (
        "Ski jumping: Vrhovnik wins large hill\n\nSlovenia's Tjasa Vrhovnik won the women's World Cup large hill ski "
        "jumping competition on Saturday with 271.4 points. Japan's Mori Haruka soared 132.5 meters and 127 meters "
        "for 265.8 points in second.\n\nJapan's first female World Cup winner, Hoshino Ayumi, watched from the "
        "judges' tower."
    )
    record = record_of(text)
    (event,) = record["events"]
    assert (event["sport"], event["distance_m"]) == ("ski jumping", None)
    assert [r["athlete"] for r in event["results"]] == ["Tjasa Vrhovnik", "Haruka Mori"]


def test_a_mention_of_the_mens_tour_to_come_leaves_a_field_of_mens_names_the_mens(record_of) -> None:
    text = (
        "Ravnik wins night slalom\n\nSlovenia's Matej Ravnik won the night slalom in 1:41.26. Henrik Solbakken was "
        "second, +0.31, and Loris Amsler third, +0.58.\n\nThe men's tour moves on to Mont-Valerien for a giant "
        "slalom and slalom at the weekend."
    )
    (event,) = record_of(text)["events"]
    assert event["gender"] in (None, "men")


@pytest.mark.parametrize(
    "line",
    [
        "The pursuit starts on Saturday at 12:45 CET, followed by the men's 12.5km pursuit.",
        "The 24-year-old also holds the Olympic 500m silver from Beijing.",
    ],
)
def test_a_race_to_come_or_a_medal_held_from_before_takes_no_results_after_it(record_of, line: str) -> None:
    text = (
        "Wertheim wins sprint\n\nJohanna Wertheim won the women's 7.5km sprint in 20:41.3 on Friday, with Camille "
        f"Rouviere second.\n\n{line}\n\nIngrid Haugvik and Giulia Pederiva finished fourth and fifth, respectively."
    )
    (event,) = record_of(text)["events"]
    assert [r["rank"] for r in event["results"]] == [1, 2, 4, 5]


def test_a_person_of_a_nation_before_a_verb_the_parser_left_without_a_subject(record_of) -> None:
    text = (
        "Kurosawa wins\n\nJapan's Hana Kurosawa won gold in the women's 1,000m in 1:13.05, American Sadie Holloway "
        "took silver in 1:13.28 and Noor Verbeek of the Netherlands grabbed bronze, 0.36 seconds back of Kurosawa.\n\n"
        "Chloe Lavoie-Hart finished fourth, agonizingly close to the bronze medal."
    )
    rows = results(record_of(text))
    assert (rows["Noor Verbeek"]["medal"], rows["Chloe Lavoie-Hart"]["medal"]) == ("bronze", None)


def test_a_start_position_and_deficit_are_no_result(record_of) -> None:
    text = (
        "Grondahl wins\n\nAksel Grondahl won the Gundersen event on Saturday, starting the 10 km cross-country race "
        "in third place, 52 seconds behind jump leader Kenta Watanabe, and winning by 2.4 seconds from Austria's "
        "Florian Rainer.\n\nResults\n1. Aksel Grondahl (NOR) 25:31.8\n2. Florian Rainer (AUT) +2.4"
    )
    rows = results(record_of(text))
    assert rows["Florian Rainer"]["time"]["text"] == "25:34.2"
    assert "Kenta Watanabe" not in rows


@pytest.mark.parametrize(("phrase", "events"), [("the women's 1500m B", 2), ("the women's 1500m B final", 1)])
def test_a_distance_with_a_b_names_its_division_b_race_not_its_b_final(record_of, phrase: str, events: int) -> None:
    text = (
        f"Kuiper wins\n\nFenna Kuiper won the women's 1500m in 1:55.84, with Rena Takeuchi second in 1:56.10.\n\n"
        f"In {phrase}, Korea's Yoon Ha-eun skated 1:57.02 to win from Italy's Giorgia Ferrero."
    )
    assert len([e for e in record_of(text)["events"] if e["round"] != "final B"]) == events


def test_a_sentence_naming_the_other_genders_event_holds_its_teams_results(record_of) -> None:
    text = (
        "Japan reclaim team pursuit crown\n\nJapan's women won back the team pursuit world title on Sunday, beating "
        "the Netherlands by half a second, while the Dutch men retained their team pursuit crown.\n\nThe "
        "Netherlands were second, ahead of Canada.\n\nIn the men's event the Netherlands kept their title in 3:38.20. "
        "Norway were second in 3:38.57."
    )
    women, men = record_of(text)["events"]
    assert {r["athlete"]: r["rank"] for r in women["results"]}["Netherlands"] == 2
    times = {r["athlete"]: r["time"]["text"] for r in men["results"] if r["time"]}
    assert times == {"Netherlands": "3:38.20", "Norway": "3:38.57"}


def test_a_race_its_relative_clause_dates_to_another_day_is_background(record_of) -> None:
    text = (
        "Kwon wins 1500m\n\nKwon Ji-ho won the men's 1500m on Sunday in 2:15.40, ahead of Lee Min-su.\n\nKwon said "
        "he had nothing to lose after a disappointing 500m, in which he was eliminated in the quarterfinals on "
        "Friday.\n\nPark Jun-ho was third in 2:15.90 and Choi Dae-hyun fourth."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1500
    assert [r["rank"] for r in event["results"]] == [1, 2, 3, 4]


def test_a_race_ridden_over_a_distance_takes_it_and_an_individual_pursuit_is_no_team_pursuit(record_of) -> None:
    text = (
        "Rennie second\n\nCallum Rennie had been fastest in qualifying at the European Track Championships, setting "
        "a Scottish best over the four kilometres, after riding the team pursuit on Thursday.\n\nIn the evening "
        "final of the individual pursuit, Germany's Jonas Feldmann won in 4:03.512. Rennie was second in 4:03.692."
    )
    (event,) = record_of(text)["events"]
    assert (event["sport"], event["distance_m"]) == ("track cycling", 4000)
    assert [r["athlete"] for r in event["results"]] == ["Jonas Feldmann", "Callum Rennie"]


@pytest.mark.parametrize(
    "sentences",
    [
        "The bronze medal ride was almost as close. Denmark's Mads Kjærgaard overhauled Baumann to win in 4:06.118.",
        "Denmark's Mads Kjærgaard won the race for bronze in 4:06.118.",
    ],
)
def test_a_win_of_the_race_for_bronze_is_bronze(record_of, sentences: str) -> None:
    text = (
        "Feldmann wins\n\nGermany's Jonas Feldmann won the men's 4km individual pursuit at the European "
        f"Championships in 4:03.512, beating Callum Rennie.\n\n{sentences}"
    )
    row = results(record_of(text))["Mads Kjærgaard"]
    assert (row["rank"], row["medal"]) == (3, "bronze")


def test_a_sentence_the_parser_cut_after_a_bracket_goes_on_and_a_bare_place_before_after(record_of) -> None:
    text = (
        "Gagnon-Roy wins\n\nWomen's 1500m, in short: Léa Gagnon-Roy (CAN) won the final in 2:21.554. Shin Da-eun "
        "(KOR) was second and Ayumi Kuroda (JPN) third after a late pass on Kuroda's teammate Rina Okabe, who ended "
        "up fourth."
    )
    ranks = {name: row["rank"] for name, row in results(record_of(text)).items()}
    assert ranks == {"Léa Gagnon-Roy": 1, "Da-eun Shin": 2, "Ayumi Kuroda": 3, "Rina Okabe": 4}


def test_a_run_in_heading_with_a_distance_of_four_digits_names_no_year(record_of) -> None:
    text = (
        "Gagnon-Roy wins\n\nWomen's 1500m: Léa Gagnon-Roy (CAN) won the final in 2:21.554.\n\nMixed 2000m relay: "
        "Canada took gold in 2:39.812. Korea took silver, the Netherlands bronze."
    )
    relay = record_of(text)["events"][1]
    assert (relay["gender"], relay["distance_m"]) == ("mixed", 2000)
    assert [(r["athlete"], r["medal"]) for r in relay["results"]] == [
        ("Canada", "gold"),
        ("Korea", "silver"),
        ("Netherlands", "bronze"),
    ]


def test_a_race_told_as_a_rematch_of_last_years_is_the_race_now(record_of) -> None:
    text = (
        "Kuipers wins\n\nThe 1000m A final at the European Championships was a rematch of last year's, and it went "
        "the same way. Roos Kuipers won in 1:28.443. Italy's Elena Rossetti took silver in 1:28.501."
    )
    (event,) = record_of(text)["events"]
    assert (event["distance_m"], [r["rank"] for r in event["results"]]) == (1000, [1, 2])


def test_a_teams_distance_named_after_its_relay_is_the_relays(record_of) -> None:
    text = (
        "Dutch relay gold\n\nRoos Kuipers won the women's 1000m in 1:28.443.\n\nShe certainly didn't feel it in the "
        "relay. The Dutch quartet of Kuipers, De Wit, Visser and Timmer controlled the 3000m final from the front. "
        "The Netherlands won in 4:05.812. Italy took silver 0.301 seconds behind."
    )
    (relay,) = [e for e in record_of(text)["events"] if "relay" in e["event"]]
    assert (relay["distance_m"], relay["results"][1]["time"]["text"]) == (3000, "4:06.113")


@pytest.mark.parametrize(
    "line",
    [
        "Thick fog forced organisers to postpone Thursday's men's 20km individual, hours after Norway's Ragnhild "
        "Skjervold had won the women's 15km individual.",
    ],
)
def test_a_postponed_race_is_no_race_told_and_leaves_the_race_run_standing(record_of, line: str) -> None:
    text = (
        f"Skjervold wins\n\n{line} Visibility on the range dropped to under 50 metres.\n\nSkjervold finished in "
        "41:22.7. France's Manon Aubert was 12.5 seconds slower in second."
    )
    (event,) = record_of(text)["events"]
    assert (event["gender"], event["distance_m"]) == ("women", 15000)
    assert [r["time"]["text"] for r in event["results"]] == ["41:22.7", "41:35.2"]


def test_a_nations_place_in_the_medal_table_is_no_result(record_of) -> None:
    text = (
        "Brandt silver\n\nCole Brandt of the U.S. took silver in the men's 1000m in 1:07.30.\n\nBrandt's silver "
        "leaves the Americans 17th in the overall medal table."
    )
    assert results(record_of(text))["Cole Brandt"]["rank"] == 2


@pytest.mark.parametrize(
    "line",
    [
        "The women's title was decided on Saturday, when Dutch skater Lotte Veenstra retained her crown.",
        "In the women's championship, which finished on Saturday, Lotte Veenstra of Norway defended her title.",
    ],
)
def test_the_other_genders_classification_of_another_day_is_background(record_of, line: str) -> None:
    text = (
        "Lunde wins allround title\n\nOn Sunday Eirik Lunde won the European allround title with 146.882 points, "
        f"ahead of Bram Hendriks.\n\n{line}"
    )
    assert "Lotte Veenstra" not in results(record_of(text))


@pytest.mark.parametrize(
    "line",
    [
        "In the stands sat Camille, the winner's older sister.",
        "Ivy Kerr won the third spot in the lineup ahead of Emma Kowalchuk, the travelling reserve.",
    ],
)
def test_a_winners_relative_and_a_place_in_the_lineup_are_no_results(record_of, line: str) -> None:
    text = f"Dion wins\n\nMaude Dion won the women's 1500m in 2:21.50. Kim Ha-eun was second.\n\n{line}"
    assert set(results(record_of(text))) == {"Maude Dion", "Ha-eun Kim"}


def test_a_junior_and_a_senior_race_over_one_distance_are_two_events(record_of) -> None:
    text = (
        "Teenager Bråten's junior 1500m would have been fourth among the seniors\n\nMathias Bråten won gold in the "
        "junior men's 1500m in 1:46.98. Sondre Kvam took silver, 1.12 seconds back. Bråten's time would have placed "
        "him fourth in the senior race skated an hour later.\n\nThe senior race itself went to form. Kristoffer "
        "Lunde won gold in 1:45.61. Ola Sæther took silver in 1:46.02."
    )
    events = {e["event"]: [(r["athlete"], r["rank"]) for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {
        "junior men's 1500m": [("Mathias Bråten", 1), ("Sondre Kvam", 2)],
        "senior men's 1500m": [("Kristoffer Lunde", 1), ("Ola Sæther", 2)],
    }


def test_medals_and_team_places_of_clauses_whose_verb_is_left_out(record_of) -> None:
    text = (
        "Olympic medal winners\n\nWomen's 500 metres: Giorgia Lanza won gold for Italy in 42.118, as the "
        "Netherlands' Yara Bosch took silver and South Korea's Choi Eun-ji bronze.\nWomen's 3,000m relay: South "
        "Korea won gold in 4:04.215, with Canada second and Italy third."
    )
    women, relay = record_of(text)["events"]
    assert [(r["athlete"], r["medal"]) for r in women["results"]] == [
        ("Giorgia Lanza", "gold"),
        ("Yara Bosch", "silver"),
        ("Eun-ji Choi", "bronze"),
    ]
    assert [(r["athlete"], r["rank"]) for r in relay["results"]] == [("South Korea", 1), ("Canada", 2), ("Italy", 3)]


def test_a_relays_place_at_a_changeover_is_no_result(record_of) -> None:
    text = (
        "France win mixed relay\n\nFrance won the mixed relay gold in 1:04:12.5, 14.8 seconds ahead of Norway, with "
        "Germany claiming bronze.\n\nMoreau tagged off to Ravel in third, 6.1 seconds behind Norway."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]][:1] == [("France", 1)]


def test_a_with_clause_of_results_after_an_old_record_and_a_technique_after_its_race(record_of) -> None:
    text = (
        "Olympic medal winners\n\nMen's 1,500 metres: Daan Koster of the Netherlands won gold in an Olympic record "
        "1:41.92, erasing the 1:42.61 set by compatriot Jelle Romein in 2018, with Tyler Brooks of the United States "
        "taking silver in 1:42.15.\n\nMen's 50km mass start classic: Norway's Torleif Vik won in 2:08:44.1, beating "
        "Aleksi Niemi of Finland by 1.9 seconds."
    )
    skating, skiing = record_of(text)["events"]
    assert [r["time"]["text"] for r in skating["results"]] == ["1:41.92", "1:42.15"]
    assert (skiing["distance_m"], [r["time"]["text"] for r in skiing["results"]]) == (50000, ["2:08:44.1", "2:08:46.0"])


def test_sport_headings_of_two_words_and_a_meets_name_ending_in_classic(record_of) -> None:
    text = (
        "Sport in brief\n\nSPEED SKATING\nMaddie Veldkamp won the women's 1,500 metres at the World Cup in Inzell on "
        "Sunday in 1:54.87. Ingrid Solberg was third in 1:55.40.\n\nCROSS-COUNTRY SKIING\nLiam Rask finished second in "
        "the men's 15-kilometre classic at the Nor-Am Cup on Saturday. Rask stopped the clock at 38:12.4, 6.8 seconds "
        "behind winner Tobin Marsh.\n\nATHLETICS\nJordan Okafor won the men's 60 metres at the Prairie Indoor Classic "
        "on Saturday in 6.71 seconds. Dante Lewis was second in 6.74."
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {
        "women's 1500m": ["Maddie Veldkamp", "Ingrid Solberg"],
        "men's 15km classic": ["Tobin Marsh", "Liam Rask"],
        "men's 60m": ["Jordan Okafor", "Dante Lewis"],
    }


def test_a_race_won_described_in_an_aside_and_a_distance_whose_unit_follows_a_gendered_number(record_of) -> None:
    text = (
        "Veenstra wins on the Weissensee\n\nJelmer Veenstra of the Netherlands won the Alternative Elfstedentocht, a "
        "200-kilometre marathon on the frozen Weissensee, in 5:41:12 on Saturday. Belgium's Pieter Maes was third, "
        "14 seconds back. Sanne Kloosterman of the Netherlands won the women's 100-kilometre race in 3:04:37."
    )
    events = {e["distance_m"]: [r["time"]["text"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {200000: ["5:41:12", "5:41:26"], 100000: ["3:04:37"]}


def test_a_medal_right_after_its_verb_is_its_subjects(record_of) -> None:
    text = (
        "Hjelle wins\n\nNorway's Torstein Hjelle stormed to Olympic gold in the men's 5000m. Netherlands' Jorrit "
        "Bakhuis took silver and home favourite Riccardo Zanon delighted the Milan crowd with bronze."
    )
    medals = {name: row["medal"] for name, row in results(record_of(text)).items()}
    assert medals == {"Torstein Hjelle": "gold", "Jorrit Bakhuis": "silver", "Riccardo Zanon": "bronze"}


def test_a_team_races_squad_names_the_race(record_of) -> None:
    text = (
        "Canadian women win team pursuit, Boudreau takes mass start\n\nCanada's women's team pursuit squad gave the "
        "home crowd something to roar about Sunday, winning gold at the world single distances championships. They "
        "clocked 2:53.04 to beat Japan by 0.38 seconds. The Netherlands took bronze in 2:54.61."
    )
    events = [(e["event"], {r["athlete"] for r in e["results"]}) for e in record_of(text)["events"]]
    assert events == [("women's team pursuit", {"Canada", "Japan", "Netherlands"})]


def test_numbered_age_classes_race_one_distance_as_events_of_their_own(record_of) -> None:
    text = (
        "Masters crowned in Inzell\n\nRoland Tessier won the men's M65 500m in 43.10, ahead of Henk Oudeman in "
        "43.52.\n\nThe men's M40 500m went to Ren Takahashi in 37.85, with Reto Amstutz second in 38.04.\n\nIn the "
        "men 55-59 500m, Jan Smit won in 40.66."
    )
    events = {e["event"]: [(r["athlete"], r["rank"]) for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {
        "men's M65 500m": [("Roland Tessier", 1), ("Henk Oudeman", 2)],
        "men's M40 500m": [("Ren Takahashi", 1), ("Reto Amstutz", 2)],
        "men's 55-59 500m": [("Jan Smit", 1)],
    }


def test_a_medal_won_in_a_time_at_an_allround_championship_is_the_distances(record_of) -> None:
    text = (
        "Hoekstra takes 500m gold at Masters Allround Worlds\n\nOn the first day of the World Allround Championships, "
        "Gerda Hoekstra won gold in the women's 500m in 44.21, with Patricia Lemieux taking silver in 44.80."
    )
    (event,) = record_of(text)["events"]
    assert event["event"] == "women's 500m"
    assert [(r["athlete"], r["medal"]) for r in event["results"]] == [
        ("Gerda Hoekstra", "gold"),
        ("Patricia Lemieux", "silver"),
    ]


def test_a_result_of_a_day_before_the_ledes_told_after_a_race_without_a_day_is_background(record_of) -> None:
    text = (
        "Yamane wins in Obihiro\n\nHinata Yamane won the women's 500 meters in 37.48 seconds in Obihiro on Sunday.\n\n"
        "In the men's 500m, Yuchen Han won in 34.88 seconds. Ryo Ogata was second in 34.93.\n\nOgata clocked 34.71 in "
        "the first 500m race on Saturday, when he finished fifth."
    )
    men = record_of(text)["events"][1]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in men["results"]] == [
        ("Yuchen Han", 1, "34.88"),
        ("Ryo Ogata", 2, "34.93"),
    ]


def test_the_day_a_lede_says_something_was_said_is_no_day_of_the_news(record_of) -> None:
    text = (
        "Menon wins bronze\n\nIndia's Aditya Menon won a bronze medal in the men's 500m at the Asian Open in "
        "Bangkok, the federation said on Monday.\n\nMenon clocked 43.118 seconds in Sunday's final."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["time"]["text"]) for r in event["results"]] == [("Aditya Menon", "43.118")]


def test_a_run_in_heading_of_a_judged_sport_opens_a_section_of_no_races(record_of) -> None:
    text = (
        "Medal moments\n\nSpeed skating: Tveiten fastest\n\nNorway's Magnus Tveiten won the men's 1500m in 1:43.81."
        "\n\nFigure skating: Lambert and Okafor waltz to gold\n\nThe ice dance competition ended with gold for "
        "France's Juliette Lambert and Samuel Okafor.\n\nShort track: Italy roar to relay gold\n\nItaly won the "
        "mixed team relay in 2:37.118."
    )
    record = record_of(text)
    assert [(e["event"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        ("men's 1500m", ["Magnus Tveiten"]),
        ("mixed relay", ["Italy"]),
    ]
    assert {"Juliette Lambert", "Samuel Okafor"} <= {p["name"] for p in record["people"]}


def test_a_person_in_a_whose_aside_owns_nothing_outside_it(record_of) -> None:
    text = (
        "Szekeres strikes gold\n\nHungary's Mark Szekeres won the men's 1000m final in 1:27.148.\n\nSzekeres, whose "
        "grandfather Gyula Szekeres was a speed skater for Hungary in the 1960s, said the gold was for his family."
    )
    assert set(results(record_of(text))) == {"Mark Szekeres"}


@pytest.mark.parametrize(
    "headline",
    [
        "Season review: the winter of the long-distance revival",
        "Where are they now? The class of 1998",
        "Ten years ago today: the night Ouimet owned Moscow",
        "Hilde Vermaat's memoir is braver than her races",
    ],
)
def test_a_look_back_tells_no_races_but_the_news_dated_to_its_days(record_of, headline: str) -> None:
    text = (
        f"{headline}\n\nWe look back at a winter of records.\n\nMathis Lefrançois won the men's 5,000m in Nagano in "
        "6:13.48, beating Erlend Tveit by 1.6 seconds. In 2019 he had been fourth in the 1500m.\n\nLast weekend, at "
        "the North American Masters Championships, Rick Dombrowski won the men's 500 meters in 40.86. Henk "
        "Oosterbaan was second in 41.02."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Rick Dombrowski", 1), ("Henk Oosterbaan", 2)]


def test_an_obituary_tells_the_race_of_its_days_not_its_subjects_races(record_of) -> None:
    text = (
        "Arvid Holmsen obituary\n\nArvid Holmsen, who has died aged 87, coached speed skaters for sixty years.\n\n"
        "Under Holmsen, Knut Ravnaas won the 5,000m at the 1976 European Championships in 7:28.4.\n\nOn Saturday, "
        "at the Norwegian championships, Sindre Aalvik won the men's 500m in 35.12 seconds, with Magnus Ødegård "
        "second in 35.30.\n\nHolmsen married Randi Østby, a schoolteacher, in 1963."
    )
    (event,) = record_of(text)["events"]
    assert [r["athlete"] for r in event["results"]] == ["Sindre Aalvik", "Magnus Ødegård"]


def test_a_race_of_another_kind_of_competition_than_the_reports_is_background(record_of) -> None:
    text = (
        "Kasahara wins in Heerenveen\n\nRin Kasahara won the women's 500m at the World Cup in Heerenveen on "
        "Saturday, clocking 37.41, with Kinga Wrona second in 37.55.\n\nHer hero is Emi Takagi. She won the "
        "Olympic 500m when I was seven."
    )
    assert set(results(record_of(text))) == {"Rin Kasahara", "Kinga Wrona"}


def test_a_gallery_numbered_one_by_one_is_told_in_its_captions_and_a_medallist_title_opens_a_name(record_of) -> None:
    text = (
        "Photos: Olympic record for Kanzaki\n\nPhoto gallery | Updated Feb. 15, 2026, 5:41 PM\n\n1/3\nJapan's Mio "
        "Kanzaki celebrates after winning the gold medal in the women's 500-meter race. Kanzaki won in 36.84 seconds. "
        "(Photo/Paolo Cerri)\n\n2/3\nSilver medalist Keisha Moultrie of the United States, left, and bronze medalist "
        "Maaike Brouwer of the Netherlands pose on the podium after the women's 500 meters. (Photo/Paolo Cerri)\n\n"
        "3/3\nItaly's Sofia Carrara waves to the crowd after finishing seventh in the women's 500 meters. "
        "(Photo/Julia Westbrook)"
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["medal"]) for r in event["results"]] == [
        ("Mio Kanzaki", 1, "gold"),
        ("Keisha Moultrie", 2, "silver"),
        ("Maaike Brouwer", 3, "bronze"),
        ("Sofia Carrara", 7, None),
    ]


def test_a_skating_marathon_is_no_athletics_marathon_and_its_list_headings_carry_lap_counts(record_of) -> None:
    text = (
        "Van der Meulen strikes late\n\nPosted Sunday | Marathon Skating Weekly\n\nRuben van der Meulen won the "
        "60-lap men's race of the Marathon Cup on Saturday. Kevin Smit won the bunch sprint for second.\n\n"
        "Top finishers\nMen (60 laps): 1. Ruben van der Meulen; 2. Kevin Smit; 3. Dirk Hofstede.\nWomen (40 laps): "
        "1. Sanne Bakker; 2. Lotte Meijer; 3. Bo de Wit."
    )
    events = [(e["sport"], e["gender"], e["distance_m"], len(e["results"])) for e in record_of(text)["events"]]
    assert events == [("marathon skating", "men", None, 3), ("marathon skating", "women", None, 3)]


def test_an_inline_marathon_takes_the_distance_it_was_raced_over_not_its_laps(record_of) -> None:
    text = (
        "Restrepo edges Moreau in Kellenbach\n\nKELLENBACH -- Seven hundredths separated the winner from the "
        "runner-up in the men's race of the Kellenbach Inline Marathon on Sunday, when Juan Pablo Restrepo beat Lucas "
        "Moreau at the end of 42.195 kilometres.\n\nRestrepo was timed at 1:02:15.48, with Moreau +0.07. A group of 14 "
        "came to the finish together after six laps of the 7km course.\n\nThe women's race, held over the same "
        "distance an hour earlier, was a two-woman affair. Lin Yu-ting and Mia Schreiber contested the sprint, which "
        "Lin won in 1:11:40.02."
    )
    events = [(e["gender"], e["distance_m"], e["results"][0]["time"]["text"]) for e in record_of(text)["events"]]
    assert events == [("men", 42195, "1:02:15.48"), ("women", 42195, "1:11:40.02")]


def test_a_report_framed_as_one_nations_teams_gives_its_unmarked_athletes_that_nation(record_of) -> None:
    text = (
        "Every Canadian medal from the long track World Cup in Calgary\n\nThe home team made the most of its own "
        "ice this weekend.\n\nWomen's 1,000m: Tessa Kowalchuk, silver\n\nKowalchuk crossed in 1:13.06 on Friday, "
        "0.22 behind American Brielle Hatcher, who won gold in 1:12.84.\n\nMen's 1,500m: Kieran Olafson, bronze\n\n"
        "Olafson finished in 1:43.58 on Sunday. Dutchman Sem Veldkamp took gold in 1:42.97."
    )
    nations = {r["athlete"]: r["nation"] for e in record_of(text)["events"] for r in e["results"]}
    assert nations == {
        "Tessa Kowalchuk": "CAN",
        "Brielle Hatcher": "USA",
        "Kieran Olafson": "CAN",
        "Sem Veldkamp": "NED",
    }


@pytest.mark.parametrize("headline", ["Norway win team pursuit as Sato takes 1000m", "Dutch trio rule team pursuit"])
def test_a_nations_team_race_in_the_headline_frames_no_report(record_of, headline: str) -> None:
    text = f"{headline}\n\nAyaka Sato won the women's 1000m in 1:14.20 on Saturday, ahead of Jutta Brandsma."
    assert {r["nation"] for e in record_of(text)["events"] for r in e["results"]} == {None}


def test_an_organisations_name_beginning_like_a_persons_is_nobody(record_of) -> None:
    text = (
        "Holloway shines at Harrowgate\n\nPrairie Masters Speed Skating Association -- News\n\nThe star of the "
        "women's side was Karen Holloway (CAN). She won the W45 500m in 44.87 on Saturday."
    )
    record = record_of(text)
    assert set(results(record)) == {"Karen Holloway"}
    assert "Prairie Masters" not in {p["name"] for p in record["people"]}


def test_a_skater_whose_child_took_up_skating_is_no_parent_role_but_a_skater_named_beside_a_description_is_hers(
    record_of,
) -> None:
    text = (
        "Holloway and Obermeier win\n\nKaren Holloway won the women's 500m in 44.87. Holloway, who returned to "
        "skating after her daughter Emma joined the junior programme, said the win was a surprise. She also took "
        "the women's 1000m in 1:31.52.\n\nThe oldest skater of the weekend, 78-year-old Walter Obermeier, won the "
        "men's 1000m in 1:52.40."
    )
    events = {e["event"]: [(r["athlete"], r["time"]["text"]) for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {
        "women's 500m": [("Karen Holloway", "44.87")],
        "women's 1000m": [("Karen Holloway", "1:31.52")],
        "men's 1000m": [("Walter Obermeier", "1:52.40")],
    }


def test_a_nickname_given_after_a_name_is_that_persons_and_a_beaten_rival_after_a_dash(record_of) -> None:
    text = (
        "Kieran Doyle storms to Olympic gold\n\nKIERAN DOYLE is Britain's new ice king.\n\nThe 22-year-old from "
        'Birkenhead, nicknamed "Kez" by his team-mates, won the men\'s 500m final in a blistering 40.312 seconds '
        "tonight - pipping China's Sun Haoyu by just THREE HUNDREDTHS of a second.\n\nKez, who was working shifts at a "
        "Tesco Express in Wirral four years ago, becomes the first British man to win Olympic gold in short track."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]] == [
        ("Kieran Doyle", 1, "40.312"),
        ("Sun Haoyu", 2, "40.342"),
    ]
    assert "Kez" in event["results"][0]["aliases"]


def test_a_relay_practice_is_no_race(record_of) -> None:
    text = (
        "Gong wins in Montreal\n\nGong Ha-yul won the women's 1,500 meters in 2 minutes, 24.318 seconds.\n\nIn a "
        "routine relay practice at Mokdong, a teammate's blade clipped hers.\n\nIn Sunday's final she took the lead "
        "with two laps remaining. Noh Eun-chae took the silver medal."
    )
    assert [(e["event"], len(e["results"])) for e in record_of(text)["events"]] == [("women's 1500m final", 2)]


def test_a_nation_word_that_is_a_given_name_in_the_text_is_no_nation(record_of) -> None:
    text = (
        "Leo wins the boys' race\n\nThe Year 4 boys' 100m was close: Leo won in 14.7, just ahead of Arjun (14.9), "
        "with Finn third in 15.3.\n\nResults\nBoys' 100m: 1. Leo Vermeulen 14.7; 2. Arjun Mehta 14.9; 3. Finn "
        "O'Brien 15.3"
    )
    assert {r["nation"] for r in results(record_of(text)).values()} == {None}


def test_a_teams_joined_name_is_its_nation_and_a_videos_duration_is_no_time(record_of) -> None:
    text = (
        "TeamNL results of the day\n\nThe short track women of TeamNL won silver in the 3000m relay in 4:03.402, "
        "behind Korea in 4:03.118.\n\n[Video: the relay final - duration 3:12]"
    )
    (event,) = record_of(text)["events"]
    rows = {r["athlete"]: (r["nation"], r["time"]["text"] if r["time"] else None) for r in event["results"]}
    assert rows["Netherlands"] == ("NED", "4:03.402")
    assert "3:12" not in {time for _, time in rows.values()}


def test_the_agent_of_a_race_won_in_the_passive_owns_its_win_and_time(record_of) -> None:
    text = (
        "De Boer 23rd on the Weissensee\n\nOn Saturday Sietse de Boer finished 23rd of 61 in the 100-kilometre race "
        "for men over 45, in three hours, 21 minutes and seven seconds. He was the highest-placed Dutchman in the "
        "category; the race was won by the Austrian Gernot Pichler in 3:02:44, a course record."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["time"]["text"]) for r in event["results"]] == [
        ("Gernot Pichler", 1, "3:02:44"),
        ("Sietse de Boer", 23, "3:21:07"),
    ]


@pytest.mark.parametrize(
    ("opening", "news"),
    [
        ("Two days after winning the women's 1500m in 1:54.09, Sato Mio still sounded stunned.", True),
        ("Sato Mio was second in the 1000m, a day after winning the women's 1500m in 1:54.09.", False),
    ],
)
def test_a_race_days_before_is_the_news_unless_a_result_stands_beside_it(record_of, opening: str, news: bool) -> None:
    text = f"Q&A: Sato Mio\n\n{opening} Germany's Jutta Kramer was second in the 1500m.\n\nWhen did you know?"
    times = {r["time"]["text"] for e in record_of(text)["events"] for r in e["results"] if r["time"]}
    assert ("1:54.09" in times) is news


def test_a_result_after_an_aside_or_a_club_of_an_absolute_with_phrase_is_its_persons(record_of) -> None:
    text = (
        "Aalvik takes national title\n\nAt the Norwegian championships on Saturday, the crowd held a minute's silence "
        "before the men's 500m. Sindre Aalvik then won the event in 35.12 seconds, with Magnus Ødegård of Hamar IL "
        "second in 35.30 and the defending champion, Jonas Brekke, third, 0.22 seconds further back."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500
    assert [(r["athlete"], r["nation"], r["rank"], r["medal"], r["time"]["text"]) for r in event["results"]] == [
        ("Sindre Aalvik", "NOR", 1, None, "35.12"),
        ("Magnus Ødegård", "NOR", 2, None, "35.30"),
        ("Jonas Brekke", "NOR", 3, None, "35.52"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Start list: Women's 1500m\n\nPair 1\nI  Nora Hjelmeland (NOR) – PB 1:57.84, SB 1:59.10\n"
        "O  Chiara Bellandi (ITA) – PB 1:57.31, SB 1:58.66\n",
        "Dordrecht entries confirmed\n\nMen's 1000m – top 4 seeds (World Tour points in brackets)\n\n"
        "1. Baek Tae-yun (KOR) – 2,210\n2. Mathis Corriveau (CAN) – 1,876\n3. Lu Haoran (CHN) – 1,640\n",
        "World Cup rolls into Stavanger\n\nThe World Cup arrives at the Sørmarka Arena this weekend for the third stop "
        "of the season. Last Sunday in Hamar Halvard Sørhaug finished second in the 1500m in 1:43.62 behind "
        "American Cora Brandt, who won in 1:43.40.",
        "Thaw kills off the marathon\n\nThe race was called off on Saturday. The last one was held in 2021. On that "
        "occasion, Jorrit Zwaagstra won the men's 100km in 2:58:41.",
    ],
)
def test_start_lists_seedings_previews_and_past_editions_state_no_results(record_of, text: str) -> None:
    assert record_of(text)["events"] == []


def test_a_preview_keeps_the_result_of_the_race_its_lede_looks_ahead_to(record_of) -> None:
    text = (
        "Japan's pursuit team seeks first win\n\nJapan's women's team pursuit squad will try to end a run of second "
        "places when they race at the World Cup in Tomaszów on Saturday evening.\n\nJapan finished 0.12 seconds "
        "behind the Netherlands in Calgary last week.\n\n[Updated]\n\nJapan won the team pursuit in 2:56.81 on "
        "Saturday, ahead of the Netherlands in 2:57.22."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"]) for r in event["results"]][:1] == [("Japan", 1)]


def test_a_press_conference_transcript_gives_its_speakers_and_addressees_their_results(record_of) -> None:
    text = (
        "Women's 1000m medallists' press conference\n\nFEMKE RUIJTER (NED) - Gold\nAYANO KISHIDA (JPN) - Silver\n"
        "BRITTANY COLVARD (USA) - Bronze\n\nTHE MODERATOR: Welcome to Femke Ruijter, Ayano Kishida and Brittany "
        "Colvard.\n\nQ. Femke, 1:12.48, a new Olympic record. Did you know?\n\nRUIJTER: No. I knew 1:12 was possible "
        "on this ice.\n\nQ. The old record was Ada Brink's 1:13.56. What does it mean?\n\nRUIJTER: A lot.\n\n"
        "Q. Ayano, you were 0.21 behind Femke. Where did you lose it?\n\nKISHIDA: In the last inner corner.\n\n"
        "Q. Brittany, what was the wait like?\n\nCOLVARD: Brutal. I went 1:13.05 and I knew it was good."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["rank"], r["medal"], r["time"]["text"]) for r in event["results"]] == [
        ("Femke Ruijter", 1, "gold", "1:12.48"),
        ("Ayano Kishida", 2, "silver", "1:12.69"),
        ("Brittany Colvard", 3, "bronze", "1:13.05"),
    ]


def test_a_results_row_with_a_dash_after_the_nation_is_no_dateline(record_of) -> None:
    text = "Women's 1000m results\n\nFemke Ruijter (NED) - 1:12.48\nAyano Kishida (JPN) - 1:12.69\n"
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["time"]["text"]) for r in event["results"]] == [
        ("Femke Ruijter", "1:12.48"),
        ("Ayano Kishida", "1:12.69"),
    ]


def test_a_speed_is_no_race_distance_and_a_bracketed_time_is_the_beaten_rivals(record_of) -> None:
    text = (
        "Veldhuis is Olympic champion\n\nDaan Veldhuis won the men's 1,000 metres in 1:07.18, beating American Cole "
        "Whitaker (1:07.41) and Japan's Kenta Morishita, who was a further 0.05 seconds back.\n\n\"They said he goes "
        '55 kilometres an hour," said the actor Ben Callaway.'
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1000
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Daan Veldhuis": "1:07.18",
        "Cole Whitaker": "1:07.41",
        "Kenta Morishita": "1:07.46",
    }


def test_a_passive_defeat_an_aside_and_a_clause_on_another_days_race(record_of) -> None:
    text = (
        "Coles snatches 500m win\n\nBrianna Coles of the United States won Sunday's women's 500m, clocking 37.28 to "
        "overturn what had looked a certain win for Japan's Hayashi Mao.\n\nHayashi was beaten into second by Coles "
        "by two hundredths of a second. Dutch sprinter Jutta Lemstra, third in Saturday's opening 500m, was pushed "
        "off the podium by Kazakhstan's Dana Seitkali.\n\nFifth place went to Norway's Thea Rusten in 37.61.\n\n"
        "The Canadian Ava Roy, who won Saturday's race in 37.41, did not finish in the top ten on Sunday."
    )
    (event,) = record_of(text)["events"]
    rows = {r["athlete"]: (r["rank"], r["time"]["text"] if r["time"] else None) for r in event["results"]}
    assert rows["Brianna Coles"] == (1, "37.28")
    assert rows["Mao Hayashi"] == (2, "37.30")
    assert rows["Thea Rusten"] == (5, "37.61")
    assert "Ava Roy" not in rows


def test_a_podcasts_timestamps_and_a_time_brought_from_another_place_are_no_results(record_of) -> None:
    text = (
        "The Inside Lane, episode 41\n\n[00:00:12] MARK: World Single Distances in Hamar, and the men's 10,000 "
        "metres on Saturday.\n\n[00:00:21] SANNE: Ragnar Sorli won it in 12:49.02, a track record.\n\n[00:02:40] "
        "MARK: The world record is Kees Molenaar's 12:34.12 from Salt Lake."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["time"]["text"]) for r in event["results"]] == [("Ragnar Sorli", "12:49.02")]


def test_a_live_tickers_race_to_qualify_for_and_places_at_its_splits_are_no_results(record_of) -> None:
    text = (
        "LIVE TICKER: Women's 7.5km sprint, Hochfilzen\n\n98 women start today's 7.5km sprint. The top 60 qualify "
        "for Saturday's pursuit.\n\n15:04 Bib 33 Kelsey Whitcomb cleans prone! Through the first range in 11th.\n\n"
        "15:10 Through 5km she's 14th.\n\n15:50 FINAL RESULT\n1. Marte Sorboe (NOR) 20:14.3\n2. Kelsey Whitcomb "
        "(USA) 20:41.9\n"
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 7500
    assert [(r["athlete"], r["rank"]) for r in event["results"]] == [("Marte Sorboe", 1), ("Kelsey Whitcomb", 2)]


def test_a_numbered_rounds_result_heading_opens_that_round(record_of) -> None:
    text = (
        "LIVE: Men's 500m semi-finals and final\n\nSEMI-FINAL 1 RESULT\n1. Callum Dewar (GBR) 40.512\n"
        "2. Ruslan Abenov (KAZ) 40.598\n\nSEMI-FINAL 2 RESULT\n1. Kim Tae-yang (KOR) 40.455\n"
        "2. Jamie Ferrier (GBR) 40.701\n"
    )
    events = record_of(text)["events"]
    assert [(e["round"], [r["athlete"] for r in e["results"]]) for e in events] == [
        ("semi-final", ["Callum Dewar", "Ruslan Abenov"]),
        ("semi-final", ["Tae-yang Kim", "Jamie Ferrier"]),
    ]


def test_a_score_of_two_times_and_a_nations_trio_of_named_skaters(record_of) -> None:
    text = (
        "Dutch sweep 1500m; Japan take pursuit gold\n\nThe Dutch trio of Lieke Brouwer, Anna Post and Merel Span "
        "swept the podium in the women's 1500m, finishing in that order. Brouwer won in 1:53.20, with Post 0.31 "
        "behind.\n\nIn the women's team pursuit final, Japan beat the Netherlands, 2:51.76 to 2:52.40."
    )
    first, second = record_of(text)["events"]
    assert [(r["athlete"], r["nation"], r["rank"]) for r in first["results"]][:3] == [
        ("Lieke Brouwer", "NED", 1),
        ("Anna Post", "NED", 2),
        ("Merel Span", "NED", 3),
    ]
    assert {r["athlete"]: r["time"]["text"] for r in second["results"]} == {
        "Japan": "2:51.76",
        "Netherlands": "2:52.40",
    }


def test_quotations_under_their_speakers_names_tell_the_speakers_results(record_of) -> None:
    text = (
        "Mixed zone: what they said after the men's 500m\n\nCanada's Jordan Whitlock won the men's 500m in "
        'Calgary in 33.98.\n\nJORDAN WHITLOCK (CAN)\n\n"The track record is still Pieter\'s 33.61."\n\n'
        'MATEUSZ KOWALCZE (POL)\n\n"I\'ll take the silver. Second place in Calgary, I am not complaining."\n\n'
        'LARS HOVDE (NOR)\n\n"Seventh in 34.31. That is not good enough. My PB is 34.02."\n\nMARK DELANEY '
        "(commentator): What a race.\n\nDELANEY: Thirty-three ninety-eight for the gold."
    )
    (event,) = record_of(text)["events"]
    assert [
        (r["athlete"], r["nation"], r["rank"], r["time"]["text"] if r["time"] else None) for r in event["results"]
    ] == [
        ("Jordan Whitlock", "CAN", 1, "33.98"),
        ("Mateusz Kowalcze", "POL", 2, None),
        ("Lars Hovde", "NOR", 7, "34.31"),
    ]


@pytest.mark.parametrize(
    ("sentence", "athlete", "rank"),
    [
        ("Second was Germany's Lea Hartung, 1.21 seconds adrift.", "Lea Hartung", 2),
        ("Third, and a first senior medal at 20, went to Norway's Ragnhild Solberg in 3:59.40.", "Ragnhild Solberg", 3),
        ("Sixth was Poland's Zofia Krawiec in 4:00.02.", "Zofia Krawiec", 6),
    ],
)
def test_a_place_opening_an_inverted_sentence_is_its_subjects(
    record_of, sentence: str, athlete: str, rank: int
) -> None:
    text = f"Kuipers wins\n\nSanne Kuipers won the women's 3,000 metres in 3:57.88. {sentence}"
    assert results(record_of(text))[athlete]["rank"] == rank


def test_an_interviews_answers_to_a_question_on_another_time_are_background(record_of) -> None:
    text = (
        "Ellie Marsh on Beijing\n\nTranscript of an interview broadcast on 25 January 2026.\n\nOKONJO: I want to go "
        "back to Beijing. Four years ago. The 1500. You were fifth. Talk me through it.\n\nMARSH: I crossed in "
        "1:56.41, and I looked up and I was fourth.\n\nOKONJO: And then?\n\nMARSH: The last pair went and I was "
        "fifth.\n\nOKONJO: Who won that day?\n\nMARSH: Karolina Dvorak, in 1:53.9-something, an Olympic record."
    )
    assert record_of(text)["events"] == []


def test_a_qualifying_races_result_before_the_final_it_seeds_and_a_gap_slower_than_the_one_before(record_of) -> None:
    text = (
        "Ahlberg tops qualifying\n\nThe women's 3,000-meter qualifying time trial went ahead as planned, with Grace "
        "Ahlberg posting the fastest time of 4:08.61. The time trial decides which 16 skaters advance to the mass "
        "start final. Ahlberg skated alone after her pairing partner withdrew.\n\nAbby Reinholt grabbed the 16th "
        "and final qualifying spot in 4:21.05. Jordan Pike finished 17th, four hundredths of a second slower."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 3000
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Grace Ahlberg": "4:08.61",
        "Abby Reinholt": "4:21.05",
        "Jordan Pike": "4:21.09",
    }


def test_a_day_after_another_distance_in_a_dating_clause_and_a_negated_medal(record_of) -> None:
    text = (
        "Kim edges Girard for 1,500m gold\n\nSEOUL (Yonhap) -- Kim Da-eun won the women's 1,500m at the world "
        "championships on Saturday. Kim clocked 2 minutes, 28.312 seconds in the final to capture her second gold "
        "medal of the competition after the 1,000m on Friday. Yara Bosch of the Netherlands claimed the bronze in "
        "2:28.517.\n\nFlorence Girard did not come home with the gold medal she wanted, taking silver in 2:28.333."
    )
    (event,) = record_of(text)["events"]
    assert [(r["athlete"], r["medal"]) for r in event["results"]] == [
        ("Da-eun Kim", "gold"),
        ("Florence Girard", "silver"),
        ("Yara Bosch", "bronze"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 26-year-old from Pine Hollow split the Dutch pair, finishing second.",
        "Cole Hendry finished second, sandwiched between the two Dutchmen.",
    ],
)
def test_a_nations_group_beside_a_skater_is_not_his_nation(record_of, sentence: str) -> None:
    text = f"Hendry takes silver\n\nThijs Broekhuizen won the men's 500m. Cole Hendry was there. {sentence}"
    assert results(record_of(text))["Cole Hendry"]["nation"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Behind them came Joy Veenstra and Iris Bakhuis, fourth and fifth.",
        "Sanne Kuipers won ahead of the field, with Joy Veenstra and Iris Bakhuis fourth and fifth.",
        "Joy Veenstra and Iris Bakhuis were fourth and fifth.",
    ],
)
def test_two_places_after_two_people_go_in_order_without_respectively(record_of, sentence: str) -> None:
    text = f"Kuipers wins\n\nSanne Kuipers won the women's 3,000 metres in 3:57.88. {sentence}"
    rows = results(record_of(text))
    assert (rows["Joy Veenstra"]["rank"], rows["Iris Bakhuis"]["rank"]) == (4, 5)


def test_two_places_of_another_time_after_two_people_are_background(record_of) -> None:
    text = (
        "Kuipers wins\n\nSanne Kuipers won the women's 3,000 metres in 3:57.88. Last season, with Joy Veenstra and "
        "Iris Bakhuis first and second, the Dutch dominated."
    )
    assert results(record_of(text))["Sanne Kuipers"]["rank"] == 1
    assert "Joy Veenstra" not in results(record_of(text))


def test_a_qandas_you_is_the_person_its_headline_names_unless_the_question_turns_to_another_race(record_of) -> None:
    text = (
        "Q&A: Hanna Lindqvist on European bronze\n\nHanna Lindqvist took bronze in the women's 3000 metres on "
        "Saturday, behind Merel Dijkstra, who won in 3:58.40.\n\nQ: You crossed the line in 4:01.77. What did you "
        "think?\n\nA: That it was enough.\n\nQ: The 1500 metres on Thursday didn't go to plan. You were 11th.\n\n"
        "A: No."
    )
    (event,) = record_of(text)["events"]
    rows = {r["athlete"]: r for r in event["results"]}
    assert rows["Hanna Lindqvist"]["time"]["text"] == "4:01.77"
    assert rows["Hanna Lindqvist"]["rank"] == 3


def test_a_team_pursuits_race_for_bronze_joins_its_final(record_of) -> None:
    text = (
        "Canadian men skate to team pursuit bronze\n\nThe Canadians shook off a semifinal heartbreak and skated away "
        "with Olympic bronze.\n\n"
        "Liam Desrosiers, Owen Makinen and Theo Gagnon beat the United States in the men's team pursuit final B "
        "at the Valcastra Oval in northern Italy, stopping the clock at 3:39.12 to the Americans' 3:40.03.\n\n"
        "The bronze is Canada's fourth long track medal of the Games.\n\n"
        "Norway took gold in the A final in 3:36.55. Italy took silver, beating the Netherlands, 3:37.80 to 3:38.10."
        "\n\n"
        "The last Canadian men to reach the podium were led by Marc Bisson, who was waiting at the line."
    )
    (event,) = record_of(text)["events"]
    rows = {r["athlete"]: (r["rank"], r["medal"], r["time"] and r["time"]["text"]) for r in event["results"]}
    assert rows["Canada"] == (3, "bronze", "3:39.12")
    assert rows["United States"][2] == "3:40.03"
    assert rows["Norway"] == (1, "gold", "3:36.55")
    assert rows["Italy"] == (2, "silver", "3:37.80")
    assert "Marc Bisson" not in rows


@pytest.mark.parametrize(
    ("sentence", "athlete", "field", "value"),
    [
        # the last place on the podium is third, and the one held off is not its owner
        ("Bettinelli held off Canada's Renee Dufresne for the final podium place.", "Bettinelli", "rank", 3),
        ("Italian Andrea Ferrando took the last place on the podium with 38.02.", "Andrea Ferrando", "rank", 3),
        # a standing reached is no place in the race
        ("Anna Berg won in 37.04. Ida Moe has moved up to second place with 198 points.", "Ida Moe", "rank", None),
        # a gap that missed a podium is measured to third, not to the winner
        (
            "Anna Berg won in 37.04 and Ida Moe was third in 37.30. Laura Vik missed a World Cup podium by "
            "three-hundredths of a second.",
            "Laura Vik",
            "time",
            "37.33",
        ),
    ],
)
def test_places_on_the_podium_standings_and_a_gap_to_the_podium(
    record_of, sentence: str, athlete: str, field: str, value: object
) -> None:
    row = results(record_of(WC + sentence)).get(athlete)
    got = row and (row["time"] and row["time"]["text"] if field == "time" else row[field])
    assert got == value


def test_a_race_named_after_a_beaten_title_holder_is_the_race(record_of) -> None:
    text = (
        "Haugland wins in Hamar\n\nEirik Haugland took his first World Cup victory in Hamar on Sunday, beating "
        "Dutch world champion Remco Veenstra in the 5000 metres.\n\nHaugland skated 6:09.45."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 5000


def test_two_winners_of_the_womens_and_mens_race_in_turn(record_of) -> None:
    text = (
        "Mass start: Lotte Hazenberg and Ruben Declercq win gold\n\nThe Netherlands' Lotte Hazenberg and Belgium's "
        "Ruben Declercq struck gold in the women's and men's mass start on Saturday.\n\n"
        "In the women's race, Hazenberg won in 8:21.64.\n\nIn the men's race, Declercq won in 7:39.18."
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events == {"women's mass start": ["Lotte Hazenberg"], "men's mass start": ["Ruben Declercq"]}


def test_a_nation_after_of_the_is_the_last_names_in_a_list_of_nations(record_of) -> None:
    text = (
        "Duret wins\n\nEmilien Duret won the men's 12.5km pursuit in 31:05.4.\n\nFive men arrived together: "
        "Italy's Tommaso Gianola and Jakub Hrdlicka of the Czech Republic.\n\nGianola was fourth and Hrdlicka ninth."
    )
    nations = {r["athlete"]: r["nation"] for r in record_of(text)["events"][0]["results"]}
    assert nations == {"Emilien Duret": None, "Tommaso Gianola": "ITA", "Jakub Hrdlicka": "CZE"}


def test_a_results_lists_rows_and_a_paragraph_on_a_race_report_even_one_place(record_of) -> None:
    text = (
        "Ouellet golden at home worlds\n\nMONTREAL – Felix Ouellet won the men's 1000m at the ISU World Short Track "
        "Speed Skating Championships in 1:24.115 on Sunday, said Speed Skating Canada and Speed Skating Canada's "
        "director.\n\nIn the women's 1500m, Ariane Lapointe finished seventh.\n\nOther Canadian results:\n\n"
        "Women's 1000m (Sunday) – Chloe Bergeron, 4th\nMen's 500m (Sunday) – Felix Ouellet, 5th; Raphael Dionne, 11th\n"
    )
    record = record_of(text)
    assert {e["sport"] for e in record["events"]} == {"short track"}
    places = {(e["event"], r["athlete"]): r["rank"] for e in record["events"] for r in e["results"]}
    assert places == {
        ("men's 1000m", "Felix Ouellet"): 1,
        ("women's 1500m", "Ariane Lapointe"): 7,
        ("women's 1000m", "Chloe Bergeron"): 4,
        ("men's 500m", "Felix Ouellet"): 5,
        ("men's 500m", "Raphael Dionne"): 11,
    }


def test_a_lone_place_in_a_sentence_that_does_not_open_on_its_race_is_background(record_of) -> None:
    text = WC + "Anna Berg won in 37.04 and Ida Moe was second.\n\nMoe had been ninth in the women's 1000m.\n"
    assert [e["event"] for e in record_of(text)["events"]] == ["women's 500m"]


def test_an_agate_line_after_a_dash_and_periods_lists_its_places(record_of) -> None:
    text = (
        "Winter Sports Results\n\nSPEED SKATING\n\nMEN\n500 Meters — 1. Kim Jun-seo, South Korea, 34.18. 2. Ryota "
        "Hamasaki, Japan, 34.29. 3. Tyler Brandvold, United States, 34.36. 4. Hugo Lavallee, Canada, 34.40. "
        "5. Piotr Zawadzki, Poland, 34.44.\n"
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 500
    assert [r["rank"] for r in event["results"]] == [1, 2, 3, 4, 5]


def test_a_finishing_sprint_is_no_race(record_of) -> None:
    text = WC + "The race came down to a sprint. Anna Berg won the sprint of the chasing group for fifth in 38.20.\n"
    (event,) = record_of(text)["events"]
    assert event["event"] == "women's 500m"


@pytest.mark.parametrize(
    "sentences",
    [
        "The other two Americans were well back. Kelsey Marchetti finished 14th, and Ava Lindqvist was 22nd.",
        "Two other Americans finished further back, with Kelsey Marchetti 14th and Ava Lindqvist 22nd.",
    ],
)
def test_a_nations_other_skaters_named_after_their_group_are_of_that_nation(record_of, sentences: str) -> None:
    rows = results(record_of(OLY + "Norway's Anna Berg won in 1:13.08.\n\n" + sentences))
    assert (rows["Kelsey Marchetti"]["nation"], rows["Ava Lindqvist"]["nation"]) == ("USA", "USA")


def test_a_group_sentence_naming_its_people_gives_the_next_sentence_no_nation(record_of) -> None:
    text = OLY + "The other Americans, Kelsey Marchetti and Ava Lindqvist, were 14th and 22nd. Ida Moe was 23rd."
    assert results(record_of(text))["Ida Moe"]["nation"] is None


def test_every_table_row_a_sentence_runs_into_is_read(record_of) -> None:
    header = "Four Continents Championships | Calgary | Men 1000m\n\n| Rk | Name | Nat | Time |\n"
    rows = "".join(
        f"| {n} | {name} | {nat} | 1:0{7 + n // 10}.{n}4 |\n"
        for n, (name, nat) in enumerate(
            [("ARAKAWA Takumi", "JPN"), ("BRENNAN Tyler", "USA"), ("LIU Jiahao", "CHN"), ("TURSYNOV Alibek", "KAZ")], 1
        )
    )
    (event,) = record_of(header + rows + "\nTakumi Arakawa won the men's 1,000 metres.\n")["events"]
    assert [(r["rank"], r["nation"]) for r in event["results"]] == [(1, "JPN"), (2, "USA"), (3, "CHN"), (4, "KAZ")]


@pytest.mark.parametrize(
    ("sentence", "athlete", "time"),
    [
        ("Anna Berg won in 37.04, beating Ida Moe by 18-hundredths of a second.", "Ida Moe", "37.22"),
        # "by ... over X": X is behind the subject
        (
            "Anna Berg won in 37.04. Laura Vik took bronze in 37.31, by four-hundredths of a second over Ida Moe.",
            "Ida Moe",
            "37.35",
        ),
        # a split's gap is no gap at the line
        ("Anna Berg won in 37.04. Ida Moe's opener was a hundredth slower than Berg's.", "Ida Moe", None),
    ],
)
def test_gaps_in_digits_over_a_rival_and_of_a_split(record_of, sentence: str, athlete: str, time: str | None) -> None:
    row = results(record_of(WC + sentence)).get(athlete)
    assert (row["time"]["text"] if row and row["time"] else None) == time


def test_a_group_frame_names_its_races_gender_and_the_first_of_two_races_is_no_place(record_of) -> None:
    text = (
        "Kurosawa wins in Obihiro\n\nKurosawa Mio won the women's 500 meters in 37.48, beating Suzanne Kooistra by "
        "0.06 seconds in the final pair of the first of two 500-meter races this weekend.\n\nIn the men's 500, Owen "
        "Lacasse won in 34.71.\n\nAmong the other Japanese women, Sugawara Ayano was seventh in 37.92."
    )
    events = {e["event"]: {r["athlete"]: r["rank"] for r in e["results"]} for e in record_of(text)["events"]}
    assert events["women's 500m"] == {"Mio Kurosawa": 1, "Suzanne Kooistra": 2, "Ayano Sugawara": 7}
    assert events["men's 500m"] == {"Owen Lacasse": 1}


def test_a_lead_at_a_checkpoint_is_no_margin_at_the_line(record_of) -> None:
    text = (
        "Aamodt-Lie wins 10km\n\nSindre Aamodt-Lie won the men's 10km freestyle in 22:14.6.\n\nAamodt-Lie, who led by "
        "3.2 seconds at the same checkpoint, won by 8.9 seconds over Finland's Ville Haapakoski."
    )
    row = results(record_of(text))["Ville Haapakoski"]
    assert (row["rank"], row["time"]["text"]) == (2, "22:23.5")


def test_a_race_in_a_lede_aside_with_a_result_is_the_story_race_and_a_present_tense_day_ahead_is_to_come(
    record_of,
) -> None:
    text = (
        "'Fourth again': Roy edged off the podium\n\nHEERENVEEN, Netherlands — \"Fourth again,\" said Laurent Roy, "
        "who clocked 1:08.91 in the men's 1,000 metres on Saturday.\n\nNorway's Sindre Bjornstad won in 1:08.12.\n\n"
        "He gets another chance on Sunday in the 500 metres."
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 1000
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Laurent Roy": "1:08.91",
        "Sindre Bjornstad": "1:08.12",
    }


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Natalie Simard and her guide Ben Arsenault won silver in the women's 10km classic vision impaired race, "
            "crossing in 32:41.2.",
            "Ben Arsenault",
        ),
        (WC + "Anna Berg won in 37.04. Trainer Gerrit Bakker was proud.", "Gerrit Bakker"),
        (WC + "Anna Berg won in 37.04. The old Polish record was Agnieszka Sowa's, 37.55.", "Agnieszka Sowa"),
    ],
)
def test_a_guide_a_trainer_and_an_old_records_holder_are_no_competitors(record_of, text: str, person: str) -> None:
    record = record_of(text)
    assert not any(person in r["athlete"] for e in record["events"] for r in e["results"])


def test_a_skating_classification_holds_no_time(record_of) -> None:
    text = (
        "Hruba takes European allround title\n\nTereza Hruba won the women's allround title at the European "
        "Championships on 159.420 points after winning the closing 5000m in 6:58.42.\n"
    )
    rows = [r for e in record_of(text)["events"] if e["distance_m"] is None for r in e["results"]]
    assert rows and all(r["time"] is None for r in rows)


def test_a_win_after_being_passed_and_a_place_settled_for_the_second_time(record_of) -> None:
    text = (
        "Choi wins\n\nThe women's 1,000m was tight. South Korea's Choi Yu-na was passed by China's Xu Lingyi on the "
        "final lap but came back in the last corner and lunged for the line, winning by 0.066 seconds in 1:29.884. "
        "Xu took silver.\n\n"
        "Elise de Bruin of the Netherlands took bronze, edging out local hope Chloe Bergeron, who had to settle for "
        "fourth for the second time in the championships."
    )
    rows = results(record_of(text))
    assert rows["Xu Lingyi" if "Xu Lingyi" in rows else "Lingyi Xu"]["time"]["text"] == "1:29.950"
    assert rows["Chloe Bergeron"]["rank"] == 4


def test_a_pages_menu_and_a_lone_sport_line_neither_name_a_race_nor_split_the_page(record_of) -> None:
    text = (
        "Silver for De Boer, bronze for Hoogeveen on 1500m at Junior Worlds\n\n"
        "NL | EN    Nieuws    Langebaan    Shorttrack    Marathon    Talent    Webshop\n\n"
        "Published 8 February 2025 | Long track\n\n"
        "Fenna de Boer took silver among the women, Sem Hoogeveen won bronze in the men's race.\n\n"
        "Only Mio Kurosawa of Japan was faster than De Boer: she won the women's 1500m in 1:58.92.\n\n"
        "In the men's race, Norwegian Ole Bjornstad was in a class of his own with 1:47.63.\n"
    )
    events = {e["event"]: {r["athlete"]: r["medal"] for r in e["results"]} for e in record_of(text)["events"]}
    assert events == {
        "women's 1500m": {"Fenna de Boer": "silver", "Mio Kurosawa": "gold"},
        "men's 1500m": {"Sem Hoogeveen": "bronze", "Ole Bjornstad": None},
    }


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "US Speedskating Names 12 Athletes to Four Continents Championships Team\n\nThe federation announced its "
            "team on Monday.\n\nQualifying results\nWomen's 500m: 1. Maddie Okafor 37.61; 2. Hailey Dunbar 37.84\n",
            id="a selection's qualifying results",
        ),
        pytest.param(
            "On TV this weekend: World Cup speed skating from Stavanger – times and pairings\n\nWomen's 500m, Friday "
            "from 16:10\nPair 1: Jana Novakova (CZE, 37.88) – Lea Hoffmann (GER, 37.95)\n",
            id="a start list's personal bests",
        ),
        pytest.param(
            "Wennekes crowned Skater of the Year\n\nUTRECHT, 1 April 2025 – Marit Wennekes has been voted Skater of "
            "the Year.\n\nNovember – At the national championships she won the 3000m in 3:58.77.\n\nDecember – She "
            "won the 5000m in Salt Lake City in 6:44.10, a national record.\n",
            id="a season's timeline by months",
        ),
        pytest.param(
            "Thirty years on: the afternoon Katrin Stohr stopped the clock\n\nHAMAR, 25 February 2024 – The clock "
            "has been replaced three times.\n\nStohr won the 5000 metres in 7:15.62 and Nanda Ketelaar was third.\n",
            id="an anniversary's race",
        ),
    ],
)
def test_a_selection_a_start_list_a_timeline_and_an_anniversary_report_no_race(record_of, text: str) -> None:
    assert record_of(text)["events"] == []


def test_a_race_before_after_is_the_storys_and_a_name_after_and_opens_the_next_clause(record_of) -> None:
    text = (
        "Haugland takes 10,000m title\n\nHAMAR – Sivert Haugland won his first national gold on Sunday, taking the "
        "men's 10,000 metres in 13:04.57, twenty-five years to the day after his father, Geir, won the same title.\n\n"
        "His fellow Finn Joni Makela was second in 13:09.21 and local skater Ville Rautio, who grew up nearby, was "
        "third in 13:15.47.\n"
    )
    (event,) = record_of(text)["events"]
    assert event["distance_m"] == 10000
    times = {r["athlete"]: (r["nation"], r["time"]["text"]) for r in event["results"]}
    assert times == {
        "Sivert Haugland": ("FIN", "13:04.57"),  # "his fellow Finn"
        "Joni Makela": ("FIN", "13:09.21"),
        "Ville Rautio": (None, "13:15.47"),
    }


def test_a_new_champion_of_a_distance_names_the_race_and_the_one_handed_gold_owns_the_time(record_of) -> None:
    text = (
        "Vermeulen crowned world 1000m champion after Kim penalised\n\nBelgium's Lien Vermeulen is the new women's "
        "1000m world champion after Kim Seo-hee of South Korea was disqualified at the World Short Track "
        "Championships.\n\nThat handed gold to Vermeulen in 1:28.905, with American Tessa Kowalczyk taking silver "
        "0.106 behind and China's Fan Yiting the bronze in 1:29.120.\n\nVermeulen had finished fifth in the 500m on "
        "Friday.\n"
    )
    (event,) = record_of(text)["events"]
    assert event["event"] == "women's 1000m"
    times = {r["athlete"]: r["time"]["text"] for r in event["results"] if r["time"]}
    assert times == {"Lien Vermeulen": "1:28.905", "Tessa Kowalczyk": "1:29.011", "Yiting Fan": "1:29.120"}


def test_a_race_told_as_later_in_a_joined_clause_leaves_the_story_on_its_race(record_of) -> None:
    text = (
        "Kamphuis wins 1000m, Dutch women also take relay\n\nLotte Kamphuis has won the 1000 metres at the World "
        "Tour in Dordrecht. She beat Seo Yu-na by four thousandths of a second, and later in the afternoon she "
        "helped the Dutch women to victory in the relay.\n\nKamphuis stopped the clock at 1:29.614. American "
        "Madison Greer took bronze in 1:29.902.\n\nIn the 3000 metres relay the Dutch won in 4:05.338.\n"
    )
    events = {e["event"]: [r["athlete"] for r in e["results"]] for e in record_of(text)["events"]}
    assert events["women's 1000m"] == ["Lotte Kamphuis", "Yu-na Seo", "Madison Greer"]


def test_a_lede_of_both_genders_winners_gives_each_to_their_race(record_of) -> None:
    text = (
        "Junior Worlds: Li blasts to 500m title, home bronze for Wróbel\n\nChina's Li Haoran and Japan's Ito Sakura "
        "opened the championships with gold in the 500 metres on Saturday, while Julia Wróbel took bronze for the "
        "host nation.\n\nLi was never caught. His 35.21 left Thijs Bakker behind in 35.41.\n\nIn the women's race Ito "
        "produced the standout time, stopping the clock at 38.41. Wróbel held on to finish in 38.77.\n"
    )
    events = {
        e["event"]: {r["athlete"]: (r["medal"], r["time"]["text"] if r["time"] else None) for r in e["results"]}
        for e in record_of(text)["events"]
    }
    assert events["men's 500m"]["Haoran Li"] == ("gold", "35.21")
    assert events["women's 500m"] == {"Sakura Ito": ("gold", "38.41"), "Julia Wróbel": ("bronze", "38.77")}


def test_a_translated_report_with_times_in_primes_guillemets_and_a_dotted_dateline(record_of) -> None:
    text = (
        "Italian Championships, in Baselga the 1500 metres is of Dellai\n\nBaselga di Piné, 28.12.2025 – Chiara "
        "Dellai (Fiamme Gialle) is Italian champion of the 1500 metres. She closed in 1'58\"44. Fourth position for "
        "Marta Guadagnini (2'00\"15).\n\n«Good sensations in view of the World Cup», commented Dellai.\n"
    )
    record = record_of(text)
    assert record["source"]["published"] == "2025-12-28"
    results = {r["athlete"]: (r["rank"], r["time"]["text"]) for r in record["events"][0]["results"]}
    assert results == {"Chiara Dellai": (1, "1:58.44"), "Marta Guadagnini": (4, "2:00.15")}


def test_a_team_ride_is_a_team_pursuit(record_of) -> None:
    text = (
        "Bronze medal of our girls in the team ride\n\nThe victory took Holland with the result 2:56,48. The Polish "
        "trio stopped the clock on the time 2:58,93. Behind them on the fourth place the Canadians (2:59,40).\n"
    )
    (event,) = record_of(text)["events"]
    assert event["event"] == "women's team pursuit"
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Holland": "2:56.48",
        "Poland": "2:58.93",
        "Canada": "2:59.40",
    }


def test_the_one_a_time_was_set_in_front_of_does_not_own_it(record_of) -> None:
    text = WC + "Anna Berg won in 37.04, in front of Ida Moe.\n"
    times = {r["athlete"]: r["time"] for r in record_of(text)["events"][0]["results"]}
    assert times["Anna Berg"]["text"] == "37.04" and "Ida Moe" not in times or times["Ida Moe"] is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param(
            "Oosterhuis wins at Jaap Eden\n\nThe fourth round of the Marathon Cup on the Jaap Eden oval came down to "
            "a bunch sprint. The winner, Niels Oosterhuis, covered the 40 kilometres in 51:48.\n",
            ("40km", 40000),
            id="a cup named after a discipline",
        ),
        pytest.param(
            "Jonker wins\n\nIn the women's race over 24 kilometres, Merel Jonker won in a reduced sprint ahead of "
            "Lisanne Kroes. Jonker, who won the natural-ice classic last winter, clocked 34:02.\n",
            ("women's 24km", 24000),
            id="a sprint to the line",
        ),
    ],
)
def test_a_competitions_name_and_a_finishing_sprint_name_no_race(record_of, text: str, key: tuple) -> None:
    (event,) = record_of(text)["events"]
    assert (event["event"], event["distance_m"]) == key
    assert event["results"][0]["time"]["text"] in ("51:48", "34:02")


def test_a_tie_of_sports_goes_to_skating_and_a_dotted_dateline_is_a_place(record_of) -> None:
    text = (
        "Silver of WROBLEWSKA! Polish sprinter second in 500 m at European Championships\n\nTomaszów Mazowiecki, "
        "10.01.2026. Zuzanna Wroblewska won the silver medal in the 500 metres during the European Speed Skating "
        "Championships.\n\nOn the third position finished the Norwegian Julie Nygard (37,71).\n\nHer mother was a "
        "short track skater in the 1990s.\n"
    )
    record = record_of(text)
    (event,) = record["events"]
    assert event["sport"] == "speed skating"
    assert [r["athlete"] for r in event["results"]] == ["Zuzanna Wroblewska", "Julie Nygard"]
    assert record["source"]["published"] == "2026-01-10"


def test_a_run_of_ordinal_items_with_bracketed_codes_and_times(record_of) -> None:
    text = (
        "Sakamoto wins 1000m\n\nRina Sakamoto won the women's 1000m in 1:14.82.\n\nFollowing them, 4th place Min-ji "
        "Kim (KOR) 1:15.66, 5th Sophie Lachance (CAN) 1:15.91, 6th Xinyi Zhou (CHN) 1:16.20, 7th Ya-chen Lin "
        "(Chinese Taipei) 1:16.45.\n"
    )
    rows = {r["athlete"]: (r["rank"], r["nation"], r["time"]["text"]) for r in record_of(text)["events"][0]["results"]}
    assert rows == {
        "Rina Sakamoto": (1, None, "1:14.82"),
        "Min-ji Kim": (4, "KOR", "1:15.66"),
        "Sophie Lachance": (5, "CAN", "1:15.91"),
        "Xinyi Zhou": (6, "CHN", "1:16.20"),
        "Ya-chen Lin": (7, "TPE", "1:16.45"),
    }


def test_a_biathlon_lede_at_the_season_opener_with_a_part_ranking_and_a_spelled_field(record_of) -> None:
    text = (
        "Lindqvist wins Östersund sprint\n\nMoa Lindqvist won the women's 7.5km sprint at the season-opening IBU "
        "World Cup in 20:41.3.\n\nFrance's Camille Roussel finished second, 8.7 seconds back. Norway's Ingrid "
        "Solheim had to make do with fourth.\n\nLindqvist was only ninth fastest on the skis. Ninety-eight "
        "athletes started the race.\n"
    )
    event = record_of(text)["events"][0]
    rows = {r["athlete"]: (r["rank"], r["time"]["text"] if r["time"] else None) for r in event["results"]}
    assert (event["distance_m"], event["field_size"]) == (7500, 98)
    assert rows == {"Moa Lindqvist": (1, "20:41.3"), "Camille Roussel": (2, "20:50.0"), "Ingrid Solheim": (4, None)}


@pytest.mark.parametrize(
    ("sentence", "athlete", "time"),
    [
        # the one beaten, by an object pronoun: named before the sentence, or in it before the pronoun
        (
            "Chloe Finch clocked 1:07.93. But Karolina Nowicka pipped her to bronze by two hundredths.",
            "Karolina Nowicka",
            "1:07.91",
        ),
        (
            "Tamara Kowalczyk took gold ahead of Jelka Brouwer, beating her by five hundredths in 34.21.",
            "Jelka Brouwer",
            "34.26",
        ),
    ],
)
def test_a_gap_over_a_beaten_pronoun(record_of, sentence: str, athlete: str, time: str) -> None:
    assert results(record_of(WC + sentence))[athlete]["time"]["text"] == time


def test_a_place_that_went_to_someone_and_a_club_before_skater_is_no_person(record_of) -> None:
    text = (
        "Dijkstra wins 3000m\n\nThe women's 3000m was won by Merel Dijkstra (NED) in 4:01.52. The AZS AWF Katowice "
        "skater Weronika Malec was sixth. Dijkstra held off Ragnhild Øvrebø (NOR), who was 0.58 s slower, while "
        "third place went to Dijkstra's rival Isabelle Gagnon (CAN) with 4:03.77.\n"
    )
    rows = {r["athlete"]: r["rank"] for r in record_of(text)["events"][0]["results"]}
    assert rows == {"Merel Dijkstra": 1, "Weronika Malec": 6, "Ragnhild Øvrebø": 2, "Isabelle Gagnon": 3}


def test_a_blogs_posted_by_line_names_its_author(record_of) -> None:
    text = (
        "A proud day\n\nPosted 10 November 2025 by Sarah de Graaf\n\nEleven girls lined up for the 300m. "
        "Noor Bakker was fourth in 32.40.\n"
    )
    record = record_of(text)
    assert {"name": "Sarah de Graaf", "role": "author"} in record["people"]
    assert "Sarah de Graaf" not in results(record)


def test_a_day_recap_under_race_headings_with_passages_a_won_from_and_a_bracketed_team(record_of) -> None:
    text = (
        "Tomaszów Saturday\n\nAmerican Eli Marchetti took the men's 1000m, and Kim Seo-yeon of Korea finally got "
        "her first 500m win of the season.\n\nMEN'S 1000M\nMarchetti went through 200m in 16.38, the fastest "
        "opener of the afternoon, and 600m in 41.90. He finished in 1:07.88. China's Gao Tianle held on for third "
        "in 1:08.19.\n\nMEN'S TEAM SPRINT\nGao came back two hours after his 1000m to anchor China to 1:19.88, "
        "just ahead of Norway (1:19.97).\n\nWOMEN'S 500M\nKim Seo-yeon (KOR) won in 37.65 from Karolina Mazur "
        "(POL, 37.71) and Aoi Nishimura (JPN, 37.74).\n"
    )
    events = {
        (e["gender"], e["distance_m"], e["event"]): {
            r["athlete"]: (r["rank"], r["time"]["text"] if r["time"] else None) for r in e["results"]
        }
        for e in record_of(text)["events"]
    }
    assert events[("men", 1000, "men's 1000m")] == {"Eli Marchetti": (1, "1:07.88"), "Tianle Gao": (3, "1:08.19")}
    assert events[("men", None, "men's team sprint")]["Norway"] == (None, "1:19.97")
    assert events[("women", 500, "women's 500m")] == {
        "Seo-yeon Kim": (1, "37.65"),
        "Karolina Mazur": (2, "37.71"),
        "Aoi Nishimura": (3, "37.74"),
    }


def test_won_from_a_pair_names_no_runner_up(record_of) -> None:
    text = (
        "Recap\n\nSayaka Morinaga of Japan won the women's 1000m in 1:14.09 from the last pair, and Norway's Eirik "
        "Sørlie gave the home crowd a men's 500m win in 34.38.\n"
    )
    events = record_of(text)["events"]
    assert [[r["athlete"] for r in e["results"]] for e in events] == [["Sayaka Morinaga"], ["Eirik Sørlie"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one held off for a podium place or a medal is the next place
        (
            "Chiara Benedetti won the women's 500m final in 42.631. Kirsty Lennox held off Canada's Sophie Arsenault "
            "in a photo finish for the final podium spot.",
            {"Chiara Benedetti": (1, None), "Kirsty Lennox": (3, None), "Sophie Arsenault": (4, None)},
        ),
        # only the one held off by the verb of "for": not one edged in another clause
        (
            "Justine Lavoie won the women's 1500m final in 2:23.417. Ye-rin Han held on for silver, and Maddie "
            "Kowalski took bronze in 2:23.690 after edging Noor van Dijk at the line.",
            {"Ye-rin Han": (2, "silver"), "Maddie Kowalski": (3, "bronze"), "Noor van Dijk": None},
        ),
        # a medal set beside a time is that time's owner's
        (
            "Anouk Zwart won the women's 500m final in 41.902. Brooke Tanaka finished in 41.955, the silver, and "
            "South Korea's Shin Ye-jin took bronze in 42.030.",
            {"Anouk Zwart": (1, "gold"), "Brooke Tanaka": (2, "silver"), "Ye-jin Shin": (3, "bronze")},
        ),
        # the runners-up "ahead of" names are those before a ", with ..." clause
        (
            "The 1000m A final was won by Korea's Jang Min-ho in 1:24.960 ahead of Hungary's Bence Szabó and "
            "Canada's Louis-Philippe Roy, with Niall Farrow just missing out on the podium.",
            {"Min-ho Jang": (1, None), "Bence Szabó": (2, None), "Louis-Philippe Roy": (3, None)},
        ),
    ],
)
def test_places_held_off_medals_beside_times_and_runners_up_before_a_with_clause(record_of, text, expected) -> None:
    rows = {r["athlete"]: (r["rank"], r["medal"]) for r in record_of("Report\n\n" + text)["events"][0]["results"]}
    assert {name: rows.get(name) for name in expected} == expected


def test_a_sprinter_is_no_runner_and_passages_at_the_100_are_no_races(record_of) -> None:
    text = (
        "Nakagawa wins in Calgary\n\nThe Japanese sprinter Hina Nakagawa won the women's 500 meters at the World "
        "Cup in 36.71 seconds. She came through the opening 100 meters in 10.31. Brooke Halvorsen, up on her time "
        "at the 100, was second in 36.80.\n"
    )
    (event,) = record_of(text)["events"]
    assert (event["sport"], event["distance_m"]) == ("speed skating", 500)
    assert {r["athlete"]: r["time"]["text"] for r in event["results"]} == {
        "Hina Nakagawa": "36.71",
        "Brooke Halvorsen": "36.80",
    }


def test_a_headline_of_two_winners_and_a_count_of_past_places(record_of) -> None:
    text = (
        "De Haan grabs first national title, gold for Hendriks in the 10,000m\n\nMerel de Haan is national "
        'champion in the women\'s 5000m. She won in 6:52.80. "My first title," said De Haan, who had finished '
        "second at this tournament three times.\n\nIn the men's 10,000m there was gold for Joris Hendriks in "
        "12:58.12.\n"
    )
    events = {e["event"]: {r["athlete"]: r["rank"] for r in e["results"]} for e in record_of(text)["events"]}
    assert events == {"women's 5000m": {"Merel de Haan": 1}, "men's 10000m": {"Joris Hendriks": 1}}


def test_a_time_after_the_name_ahead_of_whom_the_winner_finished_is_that_names(record_of) -> None:
    text = (
        "Men's 1000m\n\nHungary's Mark Szabo won gold in 1:26.105, ahead of Dutchman Sem de Graaf in 1:26.233, "
        "with Jack Penrose a further 0.214 seconds back."
    )
    rows = {r["athlete"]: (r["rank"], r["time"]["text"]) for r in record_of(text)["events"][0]["results"]}
    assert rows == {"Mark Szabo": (1, "1:26.105"), "Sem de Graaf": (2, "1:26.233"), "Jack Penrose": (3, "1:26.447")}


def test_each_genders_classification_takes_its_own_places(record_of) -> None:
    text = (
        "Two medals in Tomaszów\n\nWiktoria Dąbrowska took the silver medal in the overall classification of the "
        "European Sprint Championships, and Jakub Kowal added bronze in the men's competition.\n\nIn the final "
        "classification Jolien Hazenberg collected 150.240 points and Natalia Zając finished 12th.\n\nIn the men's "
        "second 500m Jakub Kowal won in 34.88. In the last race he lost ground to Fredrik Holm and finished third "
        "overall. Marek Wiśniewski was ninth overall.\n"
    )
    events = {e["event"]: {r["athlete"]: r["rank"] for r in e["results"]} for e in record_of(text)["events"]}
    men = next(rows for name, rows in events.items() if name.startswith("men's sprint"))
    assert (men.get("Jakub Kowal"), men.get("Marek Wiśniewski")) == (3, 9)


def test_an_allround_and_a_sprint_title_at_combined_championships_are_two_classifications(record_of) -> None:
    text = (
        "Worlds in Hamar\n\nMarte Eikeland won the women's world allround title on Sunday.\n\nBram Kuipers of the "
        "Netherlands defended his world sprint title. He won the men's sprint classification with 136.545 points, "
        "ahead of Li Wenbo (136.910).\n"
    )
    events = {e["event"]: {r["athlete"]: r["rank"] for r in e["results"]} for e in record_of(text)["events"]}
    assert events == {
        "women's allround classification": {"Marte Eikeland": 1},
        "men's sprint classification": {"Bram Kuipers": 1, "Li Wenbo": 2},
    }


@pytest.mark.parametrize(
    ("text", "medal"),
    [
        (
            "Mizuno wins 500 as bronze is shared\n\nShiori Mizuno won the women's 500m in 37.42. The bronze medal was "
            "shared.",
            None,
        ),
        # a medal in a clause of speech is the speaker's
        (
            "Mizuno wins 500\n\nShiori Mizuno won the women's 500m in 37.42. Mizuno said the gold felt like a dream.",
            "gold",
        ),
    ],
)
def test_a_medal_that_is_its_own_clauses_subject_is_nobodys(record_of, text: str, medal: str | None) -> None:
    row = results(record_of(text))["Shiori Mizuno"]
    assert (row["rank"], row["medal"]) == (1, medal)


def test_a_race_of_no_gender_with_a_winner_of_each_is_two_races(record_of) -> None:
    text = (
        "Nakagawa, Wróblewski win World Cup 500s in Calgary\n\nHina Nakagawa needed one clean lap on Saturday. "
        "Kacper Wróblewski needed a little luck.\n\nThe Japanese sprinter won the 500 meters in 36.71 seconds. "
        "China's Wang Jingyi was third in 36.94.\n\nWróblewski's win was anything but tidy. His 33.89 held up, and "
        "Canada's Ethan Roussel was third in 33.97.\n\nNakagawa has now won three World Cup 500s. Her compatriot "
        "Rena Ishii was fifth."
    )
    events = {
        e["event"]: {r["athlete"]: (r["rank"], r["time"] and r["time"]["text"]) for r in e["results"]}
        for e in record_of(text)["events"]
    }
    assert events == {
        "women's 500m": {"Hina Nakagawa": (1, "36.71"), "Wang Jingyi": (3, "36.94"), "Rena Ishii": (5, None)},
        "men's 500m": {"Kacper Wróblewski": (1, "33.89"), "Ethan Roussel": (3, "33.97")},
    }


@pytest.mark.parametrize(
    ("lede", "winner"),
    [
        # the description's nation fits one name's romanisation: that person, though named less recently
        ("Hina Nakagawa needed one clean lap. Kacper Wróblewski needed a little luck.", "Hina Nakagawa"),
        # no name fits: the person named last
        ("Anouk Visser needed one clean lap. Kacper Wróblewski needed a little luck.", "Kacper Wróblewski"),
    ],
)
def test_a_nations_description_prefers_a_name_romanised_as_that_nations(record_of, lede: str, winner: str) -> None:
    text = f"World Cup in Calgary\n\n{lede}\n\nThe Japanese sprinter won the women's 500 meters in 36.71 seconds."
    assert [r["athlete"] for r in record_of(text)["events"][0]["results"]] == [winner]


def test_a_woman_and_a_man_who_won_the_500_meters_won_two_races(record_of) -> None:
    text = (
        "Ishikawa, Wiśniewska win 500s in Tomaszów\n\nJapan's Sota Ishikawa and home favorite Natalia Wiśniewska "
        "won the 500 meters at the World Cup on Saturday.\n\nIshikawa clocked 34.38 seconds to beat Canada's Liam "
        "Fortier by nine hundredths of a second.\n\nWiśniewska needed 37.61 to finish ahead of Kim Yoo-na of South "
        "Korea (37.70). Her coach said the win had been coming.\n\nFortier's second place moved him into the lead of "
        "the standings."
    )
    events = {
        e["event"]: {r["athlete"]: (r["rank"], r["time"] and r["time"]["text"]) for r in e["results"]}
        for e in record_of(text)["events"]
    }
    assert events == {
        "men's 500m": {"Sota Ishikawa": (1, "34.38"), "Liam Fortier": (2, "34.47")},
        "women's 500m": {"Natalia Wiśniewska": (1, "37.61"), "Yoo-na Kim": (2, "37.70")},
    }


@pytest.mark.parametrize(
    "text",
    [
        # a man and a woman who share a medal are a pair, not two winners
        "Simard and guide Arsenault win silver\n\nNatalie Simard and her guide Ben Arsenault won Canada's first medal "
        "on Thursday, taking silver in the women's 10-kilometre classic.",
        # a person in the subject's relative clause shares no win
        "Sawatzky wins\n\nBrooke Sawatzky, who trained under Walter Dueck for years, won the women's 1500m in 1:56.40.",
    ],
)
def test_no_second_winner_beside_a_medal_partner_or_in_a_relative_clause(record_of, text: str) -> None:
    winners = [r["athlete"] for e in record_of(text)["events"] for r in e["results"] if r["rank"] == 1]
    assert len(winners) <= 1


def test_a_title_won_in_the_nineties_is_background_and_km_classic_is_cross_country(record_of) -> None:
    text = (
        "Rasmussen wins the 50km\n\nSunday's men's 50km classic mass start at Holmenkollen, in the ski stadium, "
        "was won by Håkon Rasmussen in 2:04:31.8. His father Bjørn Rasmussen, who won this race three times in the "
        "nineties, watched."
    )
    record = record_of(text)
    assert [(e["sport"], [r["athlete"] for r in e["results"]]) for e in record["events"]] == [
        ("cross-country skiing", ["Håkon Rasmussen"])
    ]


def test_two_runs_of_a_distance_told_by_a_count_and_a_day_that_is_a_subject(record_of) -> None:
    text = (
        "Li and Van der Werff split the Thialf 500s\n\nHEERENVEEN – Two 500 metres, two winners. Li Qiuyan won the "
        "first 500 on Saturday in 37.29. Japan's Aoi Fujimura completed the podium in 37.51.\n\nSunday was a "
        "different story. Lotte Kramer was second in 37.49. Fujimura finished seventh in 37.74."
    )
    events = [{r["athlete"]: (r["rank"], r["time"]["text"]) for r in e["results"]} for e in record_of(text)["events"]]
    assert events == [
        {"Qiuyan Li": (1, "37.29"), "Aoi Fujimura": (3, "37.51")},
        {"Lotte Kramer": (2, "37.49"), "Aoi Fujimura": (7, "37.74")},
    ]


def test_a_skating_sprint_is_a_finish_or_the_sprint_classification(record_of) -> None:
    finish = (
        "Koopmans wins in sprint on the Weissensee\n\nHarm Koopmans won the men's 200 kilometre race on Wednesday in "
        "5:31:07."
    )
    assert [e["event"] for e in record_of(finish)["events"]] == ["men's 200km"]
    classification = (
        "Veenstra keeps sprint title\n\nHanna Veenstra defended her European sprint title on Sunday.\n\nIn the "
        "sprint, Veenstra had won the women's 500m in 37.60 on Saturday."
    )
    events = [e["event"] for e in record_of(classification)["events"]]
    assert "women's sprint classification" in events and not any(e.endswith("sprint") for e in events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the place hangs from the verb "behind" does: the one behind
        ("Norway's Magnus Lie was 0.2 seconds behind Sonnega in second place.", {"Magnus Lie": 2}),
        # the place hangs from the gap's noun: the one ahead
        ("Magnus Lie crossed in 1:07.80, a fraction behind Sonnega in second.", {"Pim Sonnega": 2}),
    ],
)
def test_a_place_after_behind_someone(record_of, sentence: str, expected: dict) -> None:
    text = f"Sonnega wins\n\nPim Sonnega of the Netherlands won the men's 1000m in 1:07.12. {sentence}"
    ranks = {name: row["rank"] for name, row in results(record_of(text)).items() if name in expected}
    assert ranks == expected


def test_a_pairs_order_in_the_programme_is_no_place_and_no_field(record_of) -> None:
    text = (
        "Reid wins bronze\n\nCallum Reid won bronze in the men's 1000m at the European Championships in 1:07.58. "
        "He was paired with Lie in the 14th of 16 pairs."
    )
    event = record_of(text)["events"][0]
    assert (event["field_size"], [(r["athlete"], r["rank"]) for r in event["results"]]) == (None, [("Callum Reid", 3)])


def test_a_live_blogs_split_labels_and_yesterdays_race_are_no_results(record_of) -> None:
    text = (
        "LIVE: Women's 1500m at the World Cup\n\nWelcome to the last distance of the weekend.\n\n13:58 The track "
        "has been quick: Ayaka Morimoto won yesterday's 1000m in a track record, and the men's 1500m produced three "
        "personal bests.\n\n14:41 Pair 9: Marit Solheim 1:53.88.\n\n14:48 1100m: Femke Brouwer 1:22.9, Morimoto "
        "1:23.1.\n\n14:49 BROUWER! 1:53.27. Morimoto crosses 0.34 behind her and slots in second.\n\n15:01 Final "
        "standings:\n1. Femke Brouwer (NED) 1:53.27\n2. Ayaka Morimoto (JPN) +0.34\n3. Marit Solheim (NOR) +0.61\n"
    )
    events = {
        e["event"]: {r["athlete"]: (r["rank"], r["time"]["text"]) for r in e["results"]}
        for e in record_of(text)["events"]
    }
    assert events == {
        "women's 1500m": {
            "Femke Brouwer": (1, "1:53.27"),
            "Ayaka Morimoto": (2, "1:53.61"),
            "Marit Solheim": (3, "1:53.88"),
        }
    }


def test_places_under_a_lap_heading_are_mid_race_and_the_final_sprints_time_is_the_finish(record_of) -> None:
    text = (
        "Hoekstra times his sprint\n\nThe men's mass start closed the World Cup weekend on Sunday.\n\nLAP 4 – FIRST "
        "INTERMEDIATE SPRINT\nThe American Dylan Marsh took the three points. Belgium's Jens Wouters was second for "
        "two points.\n\nTHE RESULT\nBart Hoekstra won the final sprint in 7:41.88 for 60 points. Andrea Moretti held "
        "on for third in 7:42.10."
    )
    rows = {name: (r["rank"], r["time"] and r["time"]["text"]) for name, r in results(record_of(text)).items()}
    assert rows == {"Bart Hoekstra": (1, "7:41.88"), "Andrea Moretti": (3, "7:42.10")}


def test_teams_a_relays_members_finished_ahead_of_and_a_mixed_relay_keeps_no_other_genders_distance(
    record_of,
) -> None:
    text = (
        "Canadian women win relay gold, mixed team adds bronze\n\nCanada's women's relay team won gold in the 3000m "
        "relay on Sunday, while the mixed relay team added a bronze.\n\nAriane Côté, Megan Tsai, Laurence Bouchard "
        "and Sophie Kowalczyk controlled the women's A final and stopped the clock at 4:07.655, ahead of the "
        "Netherlands and Korea.\n\nLater the Canadians grabbed third in the mixed team relay in 2:38.904 as China "
        "took the gold and Italy the silver."
    )
    events = {
        (e["event"], e["distance_m"]): {r["athlete"]: r["rank"] for r in e["results"]}
        for e in record_of(text)["events"]
    }
    women = next(rows for (name, _), rows in events.items() if name.startswith("women's 3000m relay"))
    assert women == {"Canada": 1, "Netherlands": 2, "Korea": 3}
    assert [distance for (name, distance) in events if name.startswith("mixed")] == [None]


def test_a_results_lists_numbered_runs_and_a_championship_that_follows_later(record_of) -> None:
    text = (
        "Junior World Cup: Ono and Hoffmann share the 500s\n\nGermany's Lea Hoffmann and Japan's Sakura Ono shared "
        "the women's sprints at the Junior World Cup in Collalbo.\n\nThe Junior World Championships follow in "
        "Calgary at the end of February.\n\nWomen's 500m (1): 1. Lea Hoffmann (GER) 39.87; 2. Sakura Ono (JPN) "
        "39.90.\n\nWomen's 500m (2): 1. Ono 39.71; 2. Hoffmann 39.95."
    )
    events = [
        {r["athlete"]: (r["rank"], r["medal"], r["time"]["text"]) for r in e["results"]}
        for e in record_of(text)["events"]
    ]
    assert events == [
        {"Lea Hoffmann": (1, None, "39.87"), "Sakura Ono": (2, None, "39.90")},
        {"Sakura Ono": (1, None, "39.71"), "Lea Hoffmann": (2, None, "39.95")},
    ]


def test_a_place_at_the_last_world_championships_is_background(record_of) -> None:
    text = (
        "Lachance wins 500\n\nAntoine Lachance won the men's 500m in Calgary in 34.41 seconds. Lachance was "
        "fourth over 1,000 metres at the last world championships."
    )
    assert [(e["event"], [r["rank"] for r in e["results"]]) for e in record_of(text)["events"]] == [("men's 500m", [1])]


def test_a_nation_and_title_description_refers_to_someone_of_that_nation(record_of) -> None:
    text = (
        "Li wins 500\n\nChina's Li Qiuyan won the women's 500m on Saturday. Paired with Jutta van der Werff, she "
        "stopped the clock at 37.29. The Dutch world champion finished 0.14 behind in second place."
    )
    rows = {name: (r["rank"], r["time"]["text"]) for name, r in results(record_of(text)).items()}
    assert rows == {"Qiuyan Li": (1, "37.29"), "Jutta van der Werff": (2, "37.43")}


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        # a colon for the decimal point: no 1500m takes an hour and 58 minutes
        ("Tyler Novak won the men's 1500m in 1:58:42.", "1:58.42"),
        # a marathon's hours stay hours
        ("Tyler Novak won the men's 100 km marathon in 2:41:55.", "2:41:55"),
    ],
)
def test_a_skating_time_with_a_colon_for_the_decimal_point(record_of, sentence: str, time: str) -> None:
    text = f"Club news\n\n{sentence}"
    assert results(record_of(text))["Tyler Novak"]["time"]["text"] == time


def test_a_team_pursuit_final_and_small_final_are_duels_whose_beaten_team_is_the_next_place(record_of) -> None:
    text = (
        "Norway crushed the Dutch - team pursuit gold and Olympic record\n\nSALT LAKE CITY - Torstein Vik, Henrik "
        "Aasland and Magnus Rød skated to Olympic gold in the men's team pursuit on Sunday. In the final they beat the "
        "Netherlands.\n\nThe Norwegian trio stopped the clock at 3:34.57, and the Dutch trio were 0.54 seconds behind "
        "at the finish.\n\nThe bronze went to the USA, who beat Italy in the small final. Norway are top of the medal "
        "table, four golds ahead of the USA."
    )
    rows = results(record_of(text))
    assert {name: (row["rank"], row["medal"]) for name, row in rows.items()} == {
        "Norway": (1, "gold"),
        "Netherlands": (2, "silver"),
        "United States": (3, "bronze"),
        "Italy": (4, None),
    }
    assert rows["Norway"]["records"] == ["OR"]


def test_a_team_won_a_final_ahead_of_and_well_clear_of_the_team_it_beat(record_of) -> None:
    text = (
        "Dutch win gold in Olympic team pursuit\n\nIn the gold-medal final of the women's team pursuit, the Dutch trio "
        "of Lotte Brouwer, Anouk Spijker and Iris Hettema beat Japan, clocking 2:55.61 to finish well clear of the "
        "Japanese in 2:56.84.\n\nNorway won the C final ahead of China to finish fifth."
    )
    rows = results(record_of(text))
    assert {name: (row["rank"], row["time"] and row["time"]["text"]) for name, row in rows.items()} == {
        "Netherlands": (1, "2:55.61"),
        "Japan": (2, "2:56.84"),
        "Norway": (5, None),
        "China": (6, None),
    }


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        (
            "Canada beat the United States, stopping the clock at 3:39.12 to the Americans' 3:40.03.",
            ("3:39.12", "3:40.03"),
        ),
        ("Canada beat the United States, 3:39.12 to 3:40.03.", ("3:39.12", "3:40.03")),
    ],
)
def test_a_score_of_two_times_gives_the_beaten_side_the_time_written_as_theirs(record_of, sentence, times) -> None:
    rows = results(record_of(f"Men's team pursuit at the Olympics\n\n{sentence}"))
    got = tuple(
        (rows[name]["time"] or {}).get("text") if name in rows else None for name in ("Canada", "United States")
    )
    assert got == times


def test_a_relay_legs_time_is_no_result(record_of) -> None:
    text = (
        "U.S. women fourth in World Cup relay\n\nAddie Lindgren skied the second leg for the United States in the "
        "women's 4x7.5-kilometer relay, and her leg time of 19:21.4 was the fifth-fastest.\n\nNorway won in 1:13:48.2."
    )
    rows = results(record_of(text))
    assert rows.get("United States", {}).get("time") is None


def test_a_ruling_on_the_race_the_paragraph_before_set_in_another_year_is_no_result_of_todays(record_of) -> None:
    text = (
        "Takeda wins World Cup 500m days after being awarded 2024 world title\n\nOBIHIRO, Japan, Dec. 13 (Kyodo) -- "
        "Yui Takeda of Japan won the women's 500 meters at the World Cup in Obihiro on Saturday in 37.62.\n\n"
        "At the 2024 world championships in Calgary, Takeda finished second in 36.91 behind Kazakhstan's Dina Abenova, "
        "who won in 36.86. Abenova tested positive the following month, and the Court of Arbitration for Sport last "
        "week upheld the annulment of her results from February 2024 onward.\n\nThe ruling moves Takeda up to the "
        "gold medal and South Korea's Kim Na-rae to silver.\n\nPoland's Kaja Wroblewska was third in 37.80."
    )
    rows = results(record_of(text))
    assert {name: (row["rank"], row["medal"]) for name, row in rows.items()} == {
        "Yui Takeda": (1, None),
        "Kaja Wroblewska": (3, None),
    }


def test_a_questioner_named_in_a_questions_label_is_no_result(record_of) -> None:
    text = (
        "Relay medallists' press conference\n\nMILAN - Transcript after the short track mixed team relay final. "
        "Canada won gold in 2:37.540.\n\nQ (Kang Min-seo, Yonhap): Korea was fourth across the line and received "
        "the bronze after the penalty. How do you feel?"
    )
    record = record_of(text)
    assert "Min-seo Kang" not in results(record)
    assert "Min-seo Kang" in {p["name"] for p in record["people"]}


def test_a_team_races_places_after_ahead_of_and_behind_a_titled_team_and_a_first_since_a_year(record_of) -> None:
    text = (
        "Canadian junior women race to team pursuit silver\n\nCOLLALBO, Italy - Canada's junior women's team pursuit "
        "squad of Chloé Tremblay, Ava McKinnon and Jasmine Roy won silver at the World Junior Championships on Sunday "
        "in 3:09.55, the country's first medal in the event since 2019.\n\nIn the men's team pursuit, Canada finished "
        "fourth, 0.88 seconds behind bronze medallists Norway (3:57.45). The Netherlands won gold in 3:55.61, ahead of "
        "Korea in 3:56.94."
    )
    events = {e["event"]: results({"events": [e]}) for e in record_of(text)["events"]}
    women = events["women's team pursuit"]
    assert (women["Canada"]["medal"], women["Canada"]["time"]["text"]) == ("silver", "3:09.55")
    men = {name: (row["rank"], row["medal"], row["time"]["text"]) for name, row in events["men's team pursuit"].items()}
    assert men == {
        "Netherlands": (1, "gold", "3:55.61"),
        "Korea": (2, "silver", "3:56.94"),
        "Norway": (3, "bronze", "3:57.45"),
        "Canada": (4, None, "3:58.33"),
    }


def test_last_weekend_in_the_first_result_sentence_is_the_news_and_a_title_before_a_name_is_no_part_of_it(
    record_of,
) -> None:
    text = (
        "Selkirk's Friesen strikes gold at masters games\n\nDoug Friesen won gold in the men's 500 metres at the "
        "Masters Games in Inzell last weekend, clocking 43.18 seconds. Norway's Terje Holm took silver.\n\n"
        "Principal Dana Whitfield won the teachers' 500 metres in 52.10."
    )
    events = record_of(text)["events"]
    assert results({"events": events[:1]})["Doug Friesen"]["time"]["text"] == "43.18"
    assert "Dana Whitfield" in {r["athlete"] for e in events for r in e["results"]}


def test_last_week_beside_a_weekday_of_the_news_is_another_race(record_of) -> None:
    text = (
        "Seitkali wins Division B 1000m\n\nCALGARY - Artur Seitkali won the men's 1000 metres in Division B on "
        "Saturday in 1:07.94 and, having already finished second in the Division B race in Salt Lake City last week, "
        "secured promotion."
    )
    rows = results(record_of(text))
    assert (rows["Artur Seitkali"]["rank"], rows["Artur Seitkali"]["time"]["text"]) == (1, "1:07.94")


def test_a_time_faster_than_anyone_skates_the_distance_gives_way_to_the_finishing_time_stated_later(record_of) -> None:
    text = (
        "Men's 500m at the Olympics\n\nHOLLISTER: Pair fourteen, Wiktor Nowacki of Poland and Laurent Tremblay of "
        "Canada. Away cleanly. Nowacki through the hundred in 9.58, Tremblay 9.66... and Nowacki, 34.52! Tremblay "
        "34.71.\n\nHOLLISTER: Jordan Stahl of the United States, 9.51 at the hundred, very quick. Stahl goes top in "
        "34.38!"
    )
    rows = results(record_of(text))
    assert {name: row["time"]["text"] for name, row in rows.items()} == {
        "Wiktor Nowacki": "34.52",
        "Laurent Tremblay": "34.71",
        "Jordan Stahl": "34.38",
    }


def test_a_description_right_before_a_name_is_that_persons_title_not_someone_told_before(record_of) -> None:
    text = (
        "Bonfanti fifth in the 5000 metres with a new Italian record\n\nInzell - Chiara Bonfanti of Italy closes her "
        "world championships with fifth place over 5000 metres in 6:55.83.\n\nThe world title went to the Dutch skater "
        "Marit Zwaagstra in 6:49.12, ahead of the Norwegian Ragnhild Aasen (6:51.40)."
    )
    rows = results(record_of(text))
    assert (rows["Marit Zwaagstra"]["rank"], rows["Marit Zwaagstra"]["time"]["text"]) == (1, "6:49.12")
    assert rows["Chiara Bonfanti"]["time"]["text"] == "6:55.83"


def test_a_medal_given_to_someone_described_by_age(record_of) -> None:
    text = (
        "Sommerfeld wins German title\n\nInzell (dpa) - Lea Sommerfeld won the 3000 metres at the German championships "
        "in 4:03.18 minutes. Silver went to Josie Hartmann, 1.53 seconds behind, and bronze to the 44-year-old Annika "
        "Reuter in 4:06.02 minutes."
    )
    rows = results(record_of(text))
    assert (rows["Annika Reuter"]["rank"], rows["Annika Reuter"]["medal"]) == (3, "bronze")


def test_a_gendered_mention_does_not_regender_a_race_whose_skaters_given_names_disagree(record_of) -> None:
    text = (
        "Norway wins team pursuit gold\n\nTorstein Vik, Henrik Aasland and Magnus Rød of Norway won the team pursuit "
        "at the Olympics in 3:34.57. The Netherlands were second in 3:35.11.\n\nNorway's women did not qualify for "
        "the final stages of the team pursuit."
    )
    assert [e["gender"] for e in record_of(text)["events"]] == ["men"]


def test_a_headlines_place_in_a_second_distance_and_a_placed_name_after_with(record_of) -> None:
    text = (
        "Speed skating: Takeda wins 500, Inoue 2nd in 1,000 at Takanome World Cup\n\nTAKANOME, Japan (Kyodo) - Japan's "
        "Yui Takeda won the women's 500 meters at the World Cup on Saturday, clocking 37.24 seconds. Takeda finished "
        "0.06 seconds ahead of Dutch skater Noor Haverkamp, with Aoi Shimazaki third in 37.35.\n\nIn the 1,000 "
        "meters, Sakura Inoue finished second in 1:14.29."
    )
    assert events_of(record_of(text)) == [
        (500, "women", ["Yui Takeda", "Noor Haverkamp", "Aoi Shimazaki"]),
        (1000, "women", ["Sakura Inoue"]),
    ]
    rows = results(record_of(text))
    assert rows["Noor Haverkamp"]["time"]["text"] == "37.30"


def test_a_distance_every_race_was_held_over_goes_to_the_races(record_of) -> None:
    text = (
        "Albrecht lands single sculls gold\n\nLucerne - Germany's Moritz Albrecht won the men's single sculls at the "
        "World Rowing Cup on Sunday.\n\nAll A-finals were rowed over the standard 2000m in a light tailwind.\n\n"
        "Albrecht crossed the line in 6:38.12. Jack Halloran took silver in 6:39.04."
    )
    assert [e["distance_m"] for e in record_of(text)["events"]] == [2000]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Karin Holt crossed the line in third place but was penalised by the referee for a block.", "dq"),
        ("Karin Holt was fourth; her time fell short of the track record.", "finished"),
    ],
)
def test_what_a_penalty_and_falling_short_say_of_the_status(record_of, sentence: str, status: str) -> None:
    row = results(record_of(WC + "Anna Berg won in 37.04 seconds. " + sentence))["Karin Holt"]
    assert row["status"] == status


def test_the_nation_after_a_name_is_the_persons_and_a_medal_tables_lead_is_no_place(record_of) -> None:
    text = (
        "Gallo wins 1000m as Netherlands take relay gold\n\nDresden - Matteo Gallo of Italy won the Men's 1000m at the "
        "European Short Track Championships on Sunday, and the Netherlands closed the event by taking gold in the "
        "Men's 5000m Relay.\n\nMen's 5000m Relay\n\nThe Dutch quartet won in 6:48.205. Hungary clocked 6:48.511. "
        "Italy took bronze in 6:49.030.\n\nThe Netherlands end at the top of the medal table with three gold "
        "medals, ahead of Italy and Hungary."
    )
    relay = {r["athlete"]: (r["rank"], r["medal"]) for r in record_of(text)["events"][-1]["results"]}
    assert relay == {"Netherlands": (1, "gold"), "Hungary": (2, "silver"), "Italy": (3, "bronze")}


def test_a_provinces_abbreviation_is_no_person_and_three_who_made_up_the_podium_are_first_to_third(record_of) -> None:
    text = (
        "Thibodeau wins on home ice\n\nMaëlle Thibodeau had waited four seasons for this.\n\nThe 25-year-old from "
        "Port-Sauvin, Que., won the women's 1,500 metres at the World Cup in Ridgeford on Sunday.\n\nThibodeau, "
        "Anouk Rietveld of the Netherlands and Japan's Sakura Inoue made up the podium, in one minute 54.62 seconds, "
        "1:55.01 and 1:55.37, respectively."
    )
    rows = results(record_of(text))
    assert {name: row["rank"] for name, row in rows.items()} == {
        "Maëlle Thibodeau": 1,
        "Anouk Rietveld": 2,
        "Sakura Inoue": 3,
    }


def test_a_time_before_the_first_to_win_since_a_year_is_the_races(record_of) -> None:
    text = (
        "Brekke storms to world 5000m gold\n\nCALGARY - Halvor Brekke is world champion. The 23-year-old stopped "
        "the clock at 6:05.91 in the 5000 metres on Friday night, a track record, and became the first Norwegian to "
        "win the title since 2016.\n\nBrekke skated in the seventh of eight pairs against Dutchman Thijs Roelofsen. "
        "He closed with a 28.5 last lap that left Roelofsen 0.39 seconds behind him at the line."
    )
    rows = results(record_of(text))
    assert [rows[name]["time"]["text"] for name in ("Halvor Brekke", "Thijs Roelofsen")] == ["6:05.91", "6:06.30"]


def test_a_gap_after_a_points_column_is_the_named_skaters_and_a_pages_update_time_is_none(record_of) -> None:
    text = (
        "Kuipers takes mass start gold\n\nSaturday 15 February 2025 · Last updated 18:14\n\nOfficial result, women's "
        "mass start: 1. Fenna Kuipers (NED) 60 pts, 8:12.44; 2. Giulia Rinaldi (ITA) 40 pts, +0.09; 3. Maude "
        "Pelletier (CAN) 20 pts, +0.31."
    )
    rows = results(record_of(text))
    assert {name: row["time"]["text"] for name, row in rows.items()} == {
        "Fenna Kuipers": "8:12.44",
        "Giulia Rinaldi": "8:12.53",
        "Maude Pelletier": "8:12.75",
    }


def test_points_taken_for_a_place_give_the_place(record_of) -> None:
    text = (
        "Women's mass start: Ashby reads it perfectly\n\nAmerican Camille Ashby won the sprint in 8:31.05, collecting "
        "60 points. Marit Kooistra took 40 for second, and Japan's Sakura Inoue took 20 for third."
    )
    rows = results(record_of(text))
    assert (rows["Marit Kooistra"]["rank"], rows["Sakura Inoue"]["rank"]) == (2, 3)


def test_a_pluperfect_result_on_another_day_is_background(record_of) -> None:
    text = (
        "Ashcroft wins 200m freestyle title\n\nTom Ashcroft became European champion in the 200 metres freestyle in "
        "Rome last night in 1min 44.92sec. Italy's Lorenzo Galli took silver in 1:45.30.\n\nAshcroft had already won "
        "bronze in the 400m freestyle on Monday in 3:45.10."
    )
    assert events_of(record_of(text)) == [(200, "men", ["Tom Ashcroft", "Lorenzo Galli"])]
