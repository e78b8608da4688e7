import './logo-mark.css';

/** The product's mark: 督 on a seal-red square, drawn with CSS (logo-mark.css, no image files). */
export function LogoMark({ large = false }: { large?: boolean }) {
  return (
    <span className={large ? 'logo-mark large' : 'logo-mark'} aria-hidden="true">
      督
    </span>
  );
}
