#!/usr/bin/env python3
"""`confidant web` in a real browser (Debian's chromium, driven by Selenium): the journeys a new
user takes, axe-core on every page (no WCAG 2 A or AA violation), the keyboard and 200 % zoom,
and light and dark screenshots for docs/WEB.md.

    python3 Tests/Web/test_browser.py path/to/confidant [screenshot folder]
"""
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(__file__))
import test_web  # noqa: E402  (the vault and server set-up)

try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    webdriver = None

SHOTS = None
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def follow(driver, element):
    """Clicks `element` and waits for the page it leads to: the old page's root gone (chromium says
    so in more than one way), the new one loaded."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def gone(driver):
        try:
            old.is_enabled()
            return False
        except WebDriverException:  # StaleElementReferenceException among them
            return True

    WebDriverWait(driver, 10).until(gone)
    WebDriverWait(driver, 10).until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def browser(dark=False, width=1100):
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=%d,900" % width]:
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.set_script_timeout(60)
    if dark:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    return driver


@unittest.skipIf(webdriver is None, "needs selenium and axe-selenium-python from PyPI (make test installs them)")
@unittest.skipIf(shutil.which("chromium") is None or not os.path.exists(DRIVER), "needs Debian's chromium and chromium-driver")
class BrowserTests(unittest.TestCase):
    def setUp(self):
        self.page = test_web.Page()
        self.page.cli("add", "Priya Shah", "--relationship", "friend", "--no-input")
        self.page.cli("agree", "Sam", "--status", "agreed", "--willing", "yes", "--able", "unsure", "--support", "listening",
                      "--limit", "not after 10pm", "--no-input")

    def tearDown(self):
        self.page.close()

    def violations(self, driver):
        axe = Axe(driver)
        axe.inject()
        result = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
        return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]

    def shoot(self, driver, name):
        if SHOTS:
            # The whole page, not only what fits the window: the window grows to the page's height.
            size = driver.get_window_size()
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(size["width"], max(size["height"], height + 120))
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(os.path.join(SHOTS, name + ".png"))
            driver.set_window_size(size["width"], size["height"])

    def test_a_new_user_checks_a_message_before_sending_it(self):
        for dark in (False, True):
            with self.subTest(dark=dark):
                if dark:
                    self.page.close()
                    self.setUp()
                driver = browser(dark)
                suffix = "-dark" if dark else ""
                try:
                    driver.get(self.page.address)
                    WebDriverWait(driver, 10).until(lambda d: "/s/" in d.current_url)
                    self.assertNotIn("t=", driver.current_url, "the secret is taken out of the address bar")
                    self.assertEqual(self.violations(driver), [])
                    self.shoot(driver, "today" + suffix)
                    follow(driver, driver.find_element(By.LINK_TEXT, "People"))
                    self.assertEqual(self.violations(driver), [])
                    self.shoot(driver, "people" + suffix)
                    follow(driver, driver.find_element(By.LINK_TEXT, "Sam Okafor"))
                    self.assertIn("unsure whether they are able", driver.page_source)
                    self.assertEqual(self.violations(driver), [])
                    self.shoot(driver, "person" + suffix)
                    follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Check a message to"))
                    self.assertEqual(self.violations(driver), [])
                    driver.find_element(By.ID, "draft").send_keys(
                        "rough day tbh, darren pike kicked off in reception again. home by 7 x")
                    follow(driver, driver.find_element(By.CSS_SELECTOR, "form.check button"))
                    marks = driver.find_elements(By.CSS_SELECTOR, "mark.never")
                    self.assertEqual([mark.text for mark in marks], ["darren pike"])
                    self.assertEqual(self.violations(driver), [])
                    self.shoot(driver, "check" + suffix)
                    follow(driver, driver.find_element(By.CSS_SELECTOR, "form.lock button"))
                    self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Locked")
                    self.assertEqual(self.page.process.wait(timeout=10), 0)
                finally:
                    driver.quit()

    def test_a_new_user_adds_a_partner_asks_beforehand_checks_in_and_backs_up(self):
        driver = browser()
        try:
            driver.get(self.page.address)
            WebDriverWait(driver, 10).until(lambda d: "/s/" in d.current_url)
            follow(driver, driver.find_element(By.LINK_TEXT, "People"))
            follow(driver, driver.find_element(By.LINK_TEXT, "Add someone"))
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.ID, "name").send_keys("Alex Rivers")
            driver.find_element(By.CSS_SELECTOR, "#relationship option[value=partner]").click()
            follow(driver, driver.find_element(By.CSS_SELECTOR, "button[value=who]"))
            self.assertIn("What could hearing about your work do to Alex Rivers?", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "add")
            driver.find_element(By.ID, "asked-yes").click()
            driver.find_element(By.ID, "willing-yes").click()
            driver.find_element(By.ID, "able-unsure").click()
            driver.find_element(By.ID, "impact-on-them").send_keys("they worry about me; the detail would upset them")
            follow(driver, driver.find_element(By.CSS_SELECTOR, "button[value=add]"))
            self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Alex Rivers")
            self.assertIn("Agreement: asked on", driver.page_source)
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Record what Alex Rivers agreed"))
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.CSS_SELECTOR, "#status option[value=agreed]").click()
            driver.find_element(By.ID, "willing-yes").click()
            driver.find_element(By.ID, "able-yes").click()
            driver.find_element(By.ID, "support-listening").click()
            driver.find_element(By.ID, "limits").send_keys("not after 10pm")
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Record it']"))
            self.assertIn("Agreement: agreed on", driver.page_source)
            self.assertIn("Their limits: not after 10pm", driver.page_source)
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Change what you share"))
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.ID, "topic-hard-day-care").click()
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Save']"))
            self.assertIn("<dt>With care</dt><dd>hard-day</dd>", driver.page_source)
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Change or remove"))
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.ID, "phone").send_keys("07700 900456")
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Save']"))
            self.assertIn("Reach: 07700 900456", driver.page_source)
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "The agreement as a page"))
            self.assertIn("Our agreement: Alex Rivers", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "agreement")

            follow(driver, driver.find_element(By.LINK_TEXT, "Protected names"))
            driver.find_element(By.ID, "terms").send_keys("Kayleigh Brooks")
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Add them']"))
            self.assertIn("Added 1 protected term.", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.ID, "goes-by-0").send_keys("Kayls")
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Save the short names']"))
            self.assertIn("Kayleigh Brooks goes by Kayls", driver.page_source)
            follow(driver, driver.find_element(By.CSS_SELECTOR, "button[value=\"Kayleigh Brooks\"]"))
            self.assertEqual(driver.find_element(By.ID, "goes-by-0").get_attribute("value"), "Kayls")
            self.assertEqual(self.violations(driver), [])
            follow(driver, driver.find_element(By.LINK_TEXT, "Back to the list"))
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "names")

            follow(driver, driver.find_element(By.LINK_TEXT, "Plan"))
            driver.find_element(By.ID, "sign").send_keys("snappy with the kids")
            driver.find_element(By.XPATH, "//label[text()='Alex Rivers']").click()
            driver.find_element(By.ID, "org-supervision-who").send_keys("my line manager")
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Save the plan']"))
            self.assertIn("Signs it is getting to you: snappy with the kids", driver.page_source)
            self.assertIn("supervision: my line manager", driver.page_source)
            self.assertIn("Alex Rivers (partner; 07700 900456)", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "plan")

            follow(driver, driver.find_element(By.LINK_TEXT, "Check-in"))
            self.assertEqual(self.violations(driver), [])
            driver.find_element(By.ID, "impact-on-me-3").click()
            driver.find_element(By.ID, "rest-and-sleep-4").click()
            driver.find_element(By.ID, "note").send_keys("wiped out, long day")
            driver.find_element(By.ID, "happened-material").click()
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Save the check-in']"))
            self.assertIn("(your ratings and note only)", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            follow(driver, driver.find_element(By.LINK_TEXT, "Check-in"))
            self.assertIn("1 check-in in these weeks.", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "checkin")

            follow(driver, driver.find_element(By.LINK_TEXT, "Copies"))
            follow(driver, driver.find_element(By.XPATH, "//button[text()='Back up now']"))
            self.assertIn("(verified)", driver.page_source)
            self.assertEqual(self.violations(driver), [])
            self.shoot(driver, "copies")
        finally:
            driver.quit()
        listed = self.page.cli("checkin", "--list", "--json")
        self.assertIn("wiped out, long day", listed)
        self.assertNotIn("material", listed)

    def test_the_keyboard_alone_reaches_everything(self):
        driver = browser()
        try:
            driver.get(self.page.address)
            WebDriverWait(driver, 10).until(lambda d: "/s/" in d.current_url)
            body = driver.find_element(By.TAG_NAME, "body")
            body.send_keys(Keys.TAB)
            self.assertEqual(driver.switch_to.active_element.text, "Skip to the page")
            reached = []
            for _ in range(13):
                driver.switch_to.active_element.send_keys(Keys.TAB)
                reached.append(driver.switch_to.active_element.text)
            for name in ["Today", "People", "Check a message", "Protected names", "Plan", "Check-in", "Copies", "Lock"]:
                self.assertIn(name, reached)
        finally:
            driver.quit()

    def test_at_200_percent_zoom_nothing_scrolls_sideways(self):
        # 200 % zoom of a 1280-pixel window lays the page out in 640 CSS pixels.
        driver = browser(width=640)
        try:
            driver.get(self.page.address)
            WebDriverWait(driver, 10).until(lambda d: "/s/" in d.current_url)
            base = driver.current_url
            self.page.cli("checkin", "--impact-on-me", "2", "--responsibility", "4")
            self.page.cli("terms", "add", "Kayleigh Brooks", "--goes-by", "Kayls")
            driver.get(base + "people")
            person = driver.find_element(By.LINK_TEXT, "Sam Okafor").get_attribute("href")[len(base):]
            for path in ["", "people", "people/new", "check", "names", "plan", "checkin", "copies", person, person + "/agreement",
                         person + "/agree", person + "/share", person + "/edit"]:
                driver.get(base + path)
                overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                self.assertLessEqual(overflow, 0, path)
        finally:
            driver.quit()


if __name__ == "__main__":
    test_web.BINARY = os.path.abspath(sys.argv.pop(1))
    if len(sys.argv) > 1:
        SHOTS = os.path.abspath(sys.argv.pop(1))
        os.makedirs(SHOTS, exist_ok=True)
    unittest.main(verbosity=2)
