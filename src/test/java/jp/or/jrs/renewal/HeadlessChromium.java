package jp.or.jrs.renewal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (packages {@code chromium},
 * {@code chromium-driver} and a Japanese font, {@code fonts-ipafont-gothic}: {@code .ci/run} installs
 * them). Both paths are given, so Selenium downloads nothing; Chromium resolves no host but localhost.
 * Where they are not installed the browser tests are skipped, unless {@code -Dbrowser.required=true} or
 * the environment's {@code RENEWAL_BROWSER_TESTS=required} (as {@code .ci/run} sets it) makes that a
 * failure.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	/*
	 * Selenium's bundled DevTools bindings lag Debian's Chromium; it warns at every start. Only getDevTools()
	 * needs them: executeCdpCommand, print and screenshots do not. (Loggers kept: JUL holds them weakly.)
	 */
	private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
			"org.openqa.selenium.chromium.ChromiumDriver").map(name -> {
				Logger logger = Logger.getLogger(name);
				logger.setLevel(Level.SEVERE);
				return logger;
			}).toList();

	private final Path profile;

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	/** Starts the browser, or skips the calling test class when it is not installed (see above). */
	public static HeadlessChromium startOrSkip() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		boolean required = Boolean.getBoolean("browser.required")
				|| "required".equals(System.getenv("RENEWAL_BROWSER_TESTS"));
		if (!installed && required) {
			throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": apt-get install -y chromium chromium-driver fonts-ipafont-gothic");
		}
		assumeTrue(installed, "Chromium is not installed: apt-get install -y chromium chromium-driver fonts-ipafont-gothic");
		return new HeadlessChromium(1200, 900);
	}

	private HeadlessChromium(int width, int height) {
		try {
			this.profile = Files.createTempDirectory("chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-extensions", "--disable-quic", "--no-first-run", "--no-default-browser-check",
				"--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--user-data-dir=" + this.profile);
		try {
			this.driver = new ChromeDriver(this.service, options);
		}
		catch (RuntimeException ex) {
			this.service.stop();
			throw ex;
		}
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public HeadlessChromium open(Path file) {
		this.driver.get(file.toAbsolutePath().toUri().toString());
		return this;
	}

	public HeadlessChromium open(String url) {
		this.driver.get(url);
		return this;
	}

	/**
	 * Clicks what submits a form or follows a link, and returns once the next page has loaded (the old
	 * page's root element gone, the new one complete).
	 */
	public void clickAndWait(String cssSelector) {
		org.openqa.selenium.WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.cssSelector(cssSelector)).click();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (replaced(page)) {
				while (!"complete".equals(script("return document.readyState;")) && System.nanoTime() < deadline) {
					pause();
				}
				return;
			}
			pause();
		}
		throw new IllegalStateException("no new page after clicking " + cssSelector);
	}

	/*
	 * A page being replaced answers "stale element", or, caught while Chromium swaps the documents, "node
	 * with given id does not belong to the document": both mean the old page is gone.
	 */
	private static boolean replaced(org.openqa.selenium.WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			return true;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(25);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The text a person sees on the page. */
	public String visibleText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String text(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector)).getText();
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) this.driver.executeScript(script, args);
	}

	/**
	 * Whether the text of an element is drawn with real glyphs: two different characters of it, drawn in
	 * the element's font, give different pixels (a missing glyph draws the same empty box for both).
	 */
	public boolean drawsGlyphs(String cssSelector) {
		return script("""
				const el = document.querySelector(arguments[0]);
				const chars = [...el.textContent.trim()].filter(c => c.trim() !== '');
				const font = getComputedStyle(el).fontFamily;
				const draw = c => { const canvas = document.createElement('canvas'); canvas.width = 48; canvas.height = 48;
					const g = canvas.getContext('2d'); g.font = '40px ' + font; g.fillText(c, 2, 40); return canvas.toDataURL(); };
				return chars.length > 1 && draw(chars[0]) !== draw(chars[1]);""", cssSelector);
	}

	/**
	 * Lays the page out as it prints: print styles on, the viewport the printable width of an A4 page with
	 * these margins (in CSS pixels).
	 */
	public void layOutForA4(double marginMm) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		int width = (int) Math.floor((210 - 2 * marginMm) / 25.4 * 96);
		int height = (int) Math.floor((297 - 2 * marginMm) / 25.4 * 96);
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	public void layOutForScreen() {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** The tables wider than the page: each as its id or class and its overflow in pixels. */
	public List<String> tablesCutOff() {
		return script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('table')]
					.filter(t => t.getBoundingClientRect().right > width + 0.5 || t.scrollWidth > t.clientWidth + 1)
					.map(t => (t.id || t.className) + ' ' + Math.round(t.getBoundingClientRect().right - width));""");
	}

	/** The whole page as a PNG. */
	public byte[] screenshot() {
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

	public byte[] viewportScreenshot() {
		return this.driver.getScreenshotAs(OutputType.BYTES);
	}

	/** The page printed to PDF with its own {@code @page} size and margins (A4). */
	public byte[] printToPdf() {
		Map<String, Object> pdf = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "printBackground", true));
		return Base64.getDecoder().decode((String) pdf.get("data"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			try (Stream<Path> files = Files.walk(this.profile)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
			catch (IOException ex) {
				// a profile left in the temporary folder is harmless
			}
		}
	}

}
