// Where the site lives: './' in a build (every URL relative, any sub-path),
// '/' in dev. Data is fetched from `${BASE_URL}data/…`.
export const BASE_URL: string = import.meta.env.BASE_URL;
