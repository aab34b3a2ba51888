package jp.or.jrs.renewal.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.upload.RosterUploads;

/**
 * What the portal answers when it cannot do what was asked: a page that says why and what would be
 * right, in Japanese and English, and nothing kept (a refused or broken upload stores nothing).
 */
@ControllerAdvice
@ConditionalOnWebApplication
class PortalErrors {

	@ExceptionHandler(RefusedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(RefusedException ex, Model model) {
		model.addAttribute("message", new Message("できませんでした: " + ex.getMessage(), ex.getMessage()));
		return "portal/refused";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Model model) {
		long megabytes = RosterUploads.MAX_BYTES >> 20;
		model.addAttribute("message", new Message("ファイルが大きすぎます(" + megabytes
				+ " MB まで)。名簿を分けて送るか、余分な列を削除してください。何も保存していません",
				"the file is larger than " + megabytes + " MB: split the roster or remove columns it does not need. "
						+ "Nothing was kept."));
		return "portal/refused";
	}

	/** A network cut mid-upload, or a request that is not a well-formed upload. */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String brokenUpload(Model model) {
		model.addAttribute("message", new Message("アップロードが途中で切れたか、不完全でした。何も保存していません。もう一度送ってください",
				"the upload was cut off or incomplete. Nothing was kept: send it again."));
		return "portal/refused";
	}

}
